import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Note: three kinds of test share this config. The runner (scripts/test.mjs) picks which
// files run through the `--project` flag and the JX_TEST_DB variable (pglite | postgres).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Rendering a PDF with its font subset takes seconds on a busy 2-core machine.
          testTimeout: 30_000,
          // The browser tests' own pure helpers (tests/e2e/support) are proven without a browser.
          include: [
            'src/**/*.test.ts',
            'src/**/*.test.tsx',
            'scripts/**/*.test.ts',
            'tests/e2e/support/**/*.test.ts',
          ],
          exclude: ['src/**/*.int.test.ts', 'src/**/*.int.test.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['src/**/*.int.test.ts', 'src/**/*.int.test.tsx'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/support/**'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
