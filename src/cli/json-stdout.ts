/**
 * While a `--json` report is produced, stdout is the report's alone: anything else written to it
 * (a jscodeshift transform's console.log, in this thread or a worker's, whose output is piped
 * here) goes to stderr. The report itself is written through the `write` captured before (see
 * processIO). Returns the function that puts stdout back.
 */
export function reserveStdoutForReport(): () => void {
  const original = process.stdout.write;
  process.stdout.write = ((...args: Parameters<typeof process.stderr.write>) => process.stderr.write(...args)) as typeof process.stdout.write;
  return () => {
    process.stdout.write = original;
  };
}
