interface User {
  name: string;
}

interface Props {
  user?: User;
  onClose?: () => void;
}

export function Badge(props: Props) {
  return (
    <span onClick={() => props.onClose?.()}>
      {props.user?.name}
    </span>
  );
}
