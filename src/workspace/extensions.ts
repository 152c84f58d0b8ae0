/**
 * File extensions picked up in directories by default. Its own module so that the CLI's flag
 * definitions (loaded by every command, --help and --version included) do not load discovery.
 */
export const DEFAULT_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'] as const;
