export function Box(this: any, value: number) {
  this.value = value;
}
Box.prototype.get = function () {
  return this.value;
};
