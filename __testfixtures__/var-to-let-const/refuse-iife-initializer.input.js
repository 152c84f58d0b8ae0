export function make() {
  var api = (function () {
    return { self: function () { return api; }, early: typeof api };
  })();
  return api;
}
