const shapes = {
  circle: function (r) {
    this.r = r;
  },
};
export const c = new shapes.circle(2);
