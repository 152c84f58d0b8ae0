run((a) => {
  return { a };
});
