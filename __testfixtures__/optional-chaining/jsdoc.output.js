/**
 * @param {{ options?: { verbose: boolean } } | undefined} command
 */
export function verbose(command) {
  if (command?.options?.verbose) return true;
  return false;
}
