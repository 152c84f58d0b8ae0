// The parameter is used only through property reads, all sure to run before anything else
// happens: destructuring reads them at call time with the same result.
function describe(cfg) {
  console.log(cfg.name, cfg.size, cfg.name);
}

const area = function (rect) {
  return rect.width * rect.height;
};
