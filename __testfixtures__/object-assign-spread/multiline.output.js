const config = {
  mode: 'production',
  devtool: false,
  ...shared,
  ...overrides,
};
