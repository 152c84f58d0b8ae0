export const a = (x) => {
  // explain why
  return x;
};
export const b = (x) => { return /* raw */ x; };
export const c = (x) => { return x; /* done */ };
