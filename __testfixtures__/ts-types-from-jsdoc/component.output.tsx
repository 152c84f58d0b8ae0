export const List = <T,>(props: { items: T[]; render: (arg0: T) => string }) => <ul>{props.items.map((item) => props.render(item))}</ul>;

declare global {
  namespace JSX {
    interface IntrinsicElements {
      ul: {};
    }
  }
}
