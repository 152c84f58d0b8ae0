function render(items) {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    draw(item);
  }
}
