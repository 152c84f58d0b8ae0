export const ids = [1].map(function <T>(value: T) {
  return value;
});
