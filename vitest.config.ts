import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'transforms/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', '.verify-cache/**', '.bench-cache/**', '__testfixtures__/**'],
    // CLI tests spawn real processes and git; generous limits keep 2-core CI runs from flaking.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
