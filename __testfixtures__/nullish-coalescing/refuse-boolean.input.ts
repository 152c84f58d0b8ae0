interface Flags {
  verbose?: boolean;
}

export function isVerbose(flags: Flags, fallback: boolean): boolean {
  return flags.verbose || fallback;
}
