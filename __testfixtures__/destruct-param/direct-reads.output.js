// The parameter is used only through property reads, all sure to run before anything else
// happens: destructuring reads them at call time with the same result.
function describe({ name, size }) {
  console.log(name, size, name);
}

const area = function ({ width, height }) {
  return width * height;
};
