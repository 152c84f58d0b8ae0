interface Item {
  label: string;
}

declare function fetchItems(): Promise<Item[]>;

export async function loadList(): Promise<JSX.Element> {
  const items = await fetchItems();
  return (
    <ul>
      {items.map((item) => (
        <li>{item.label}</li>
      ))}
    </ul>
  );
}

declare namespace JSX {
  interface Element {}
  interface IntrinsicElements {
    [name: string]: unknown;
  }
}
