export function ns(root) {
  var app = app || root.app || {};
  return app;
}
