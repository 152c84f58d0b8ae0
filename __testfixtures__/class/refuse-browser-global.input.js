function Widget(el) {
  this.el = el;
}
Widget.prototype.show = function () {
  this.el.hidden = false;
};
