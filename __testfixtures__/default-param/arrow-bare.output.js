const double = (n = 1) => {
  return n * 2;
};
