function render(items) {
  for (const item of items) {
    draw(item);
  }
}
