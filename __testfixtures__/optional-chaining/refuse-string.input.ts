// For "" the guard stops at "" while label?.trim() would call trim and give "".
// For `flag && flag.toString()` the difference is visible: false vs "false".
export function trimmed(label: string | undefined, flag: boolean | undefined): boolean {
  if (label && label.trim()) return true;
  return !!(flag && flag.toString());
}
