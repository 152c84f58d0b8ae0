export function Badge(props) {
  return <span>{props.label.toUpperCase()}</span>;
}

export const element = <Badge label="new" />;

declare global {
  namespace JSX {
    interface IntrinsicElements {
      span: {};
    }
  }
}
