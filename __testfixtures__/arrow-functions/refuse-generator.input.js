export const gen = [1].map(function* () {
  yield 1;
});
