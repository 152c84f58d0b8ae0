/**
 * @template T
 * @param {{ items: T[], render: function(T): string }} props
 */
export const List = (props) => <ul>{props.items.map((item) => props.render(item))}</ul>;

declare global {
  namespace JSX {
    interface IntrinsicElements {
      ul: {};
    }
  }
}
