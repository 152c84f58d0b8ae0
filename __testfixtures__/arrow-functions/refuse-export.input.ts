export const make = function () {
  return {};
};
export default (function () {});
