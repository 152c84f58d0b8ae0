interface Item {
  label: string;
}

declare function fetchItems(): Promise<Item[]>;

export function loadList(): Promise<JSX.Element> {
  return fetchItems().then((items) => (
    <ul>
      {items.map((item) => (
        <li>{item.label}</li>
      ))}
    </ul>
  ));
}

declare namespace JSX {
  interface Element {}
  interface IntrinsicElements {
    [name: string]: unknown;
  }
}
