/**
 * @param {{ options?: { verbose: boolean } } | undefined} command
 */
export function verbose(command) {
  if (command && command.options && command.options.verbose) return true;
  return false;
}
