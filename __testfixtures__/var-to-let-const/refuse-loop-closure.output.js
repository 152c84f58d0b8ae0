export function handlers(buttons) {
  const out = [];
  for (var i = 0; i < buttons.length; i++) {
    out.push(function () {
      return i;
    });
  }
  return out;
}
