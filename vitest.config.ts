import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'transforms/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', '.verify-cache/**', '.bench-cache/**', '__testfixtures__/**'],
    // Two test files at a time: vitest's default is one fewer than the cores, 1 on a 2-core CI
    // machine, where most tests wait on a child process and leave a core idle. Measured on the
    // 2-core machine, fresh clone: 460 s with one at a time, 368 s with two.
    maxWorkers: 2,
    // CLI tests spawn real processes and git; generous limits keep 2-core CI runs from flaking.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
