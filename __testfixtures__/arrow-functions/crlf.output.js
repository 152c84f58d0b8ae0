run((a) => {
  return a;
});
