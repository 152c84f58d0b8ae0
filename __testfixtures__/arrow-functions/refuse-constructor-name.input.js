var Widget = function (el) {
  return el;
};
util.inherits(Widget, Base);
