function isAllowed(role, allowedRoles) {
  if (allowedRoles.indexOf(role) !== -1) return true;
  return false;
}

const hasFlag = process.argv.indexOf('--verbose') > -1;
const startsAfter = name.indexOf('_', 1) >= 0;
const found = list.indexOf(item) != -1;
const reversed = -1 !== tags.indexOf('beta');
const reversedZero = 0 <= tags.indexOf('beta');
