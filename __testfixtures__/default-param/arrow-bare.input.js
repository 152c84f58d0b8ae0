const double = n => {
  if (n === undefined) n = 1;
  return n * 2;
};
