interface User {
  name: string;
}

interface Props {
  user?: User;
  onClose?: () => void;
}

export function Badge(props: Props) {
  return (
    <span onClick={() => props.onClose && props.onClose()}>
      {props.user && props.user.name}
    </span>
  );
}
