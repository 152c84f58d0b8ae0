interface Icon {
  name: string;
}

interface Props {
  icon?: Icon;
  title: string;
}

declare const defaultIcon: Icon;

export function Header(props: Props) {
  const icon = props.icon || defaultIcon;
  return <h1 title={props.title || 'untitled'}>{icon.name}</h1>;
}
