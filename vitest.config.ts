import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // src/core/typescript.cts is CommonJS TypeScript (`import = require`), which vitest cannot
    // transform; under test, load the module it wraps directly (the built CLI uses the .cjs).
    alias: [{ find: /^\.\/typescript\.cjs$/, replacement: '@ts-morph/common/dist/typescript.js' }],
  },
  test: {
    include: ['src/**/*.test.ts', 'transforms/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', '.verify-cache/**', '.bench-cache/**', '__testfixtures__/**'],
    // CLI tests spawn real processes and git; generous limits keep 2-core CI runs from flaking.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
