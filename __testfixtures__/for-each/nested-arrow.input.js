function render(items) {
  const names = items.map((item) => item.name);
  names.forEach((name) => {
    const handler = () => {
      return this.select(name);
    };
    buttons.push(handler);
    return;
  });
}
