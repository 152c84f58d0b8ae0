export const renderers = {
  row(item) {
    return <li>{item}</li>;
  },
};
