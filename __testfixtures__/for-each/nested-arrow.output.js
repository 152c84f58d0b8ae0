function render(items) {
  const names = items.map((item) => item.name);
  for (const name of names) {
    const handler = () => {
      return this.select(name);
    };
    buttons.push(handler);
  }
}
