export const a = function () {
  return "a";
};

// comment
export const b = function () {
  return "b";
};
