function outer(...args) {
  const first = args[0];
  return function inner(...args) {
    return [first, args.length];
  };
}
