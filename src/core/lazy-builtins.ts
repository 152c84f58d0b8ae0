import { createRequire } from 'node:module';

// Node's modules that only some runs use, loaded on first use instead of with the module that
// names them: a one-file check, whose start-up a pre-commit hook feels, spawns nothing and reads
// synchronously, and hashes nothing. Measured alone on the 2-core machines: node:child_process
// 5.7 ms to load (with the stream and net modules a piped stdout loads anyway, ~3 ms),
// node:fs/promises 2.7 ms, node:crypto 6 ms (the build's copy of TypeScript's compiler no longer
// loads it as it starts: scripts/typescript-start-up.mjs).
const load = createRequire(import.meta.url);

export const childProcess = (): typeof import('node:child_process') => load('node:child_process') as typeof import('node:child_process');
export const fsPromises = (): typeof import('node:fs/promises') => load('node:fs/promises') as typeof import('node:fs/promises');
export const crypto = (): typeof import('node:crypto') => load('node:crypto') as typeof import('node:crypto');
