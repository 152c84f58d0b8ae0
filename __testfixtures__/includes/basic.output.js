function isAllowed(role, allowedRoles) {
  if (allowedRoles.includes(role)) return true;
  return false;
}

const hasFlag = process.argv.includes('--verbose');
const startsAfter = name.includes('_', 1);
const found = list.includes(item);
const reversed = tags.includes('beta');
const reversedZero = tags.includes('beta');
