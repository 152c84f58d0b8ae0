export const renderers = {
  row: function (item) {
    return <li>{item}</li>;
  },
};
