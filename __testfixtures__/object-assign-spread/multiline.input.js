const config = Object.assign({
  mode: 'production',
  devtool: false,
}, shared, overrides);
