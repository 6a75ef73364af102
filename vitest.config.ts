import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects: fast unit tests in Node (tests/**/*.test.ts), end-to-end tests of the built
// extension in Debian's Chromium (tests/e2e/**/*.e2e.ts) and in Firefox ESR
// (tests/firefox/**/*.ff.ts); the browser ones run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'firefox',
          // The shared composer contract (tests/e2e/contract) again, on its Firefox driver, plus
          // the Firefox-only files (store lint, the popup after real sends).
          include: ['tests/firefox/**/*.ff.ts', 'tests/e2e/contract/*.e2e.ts'],
          env: { CANDOR_E2E_BROWSER: 'firefox' },
          // After unit and Chromium (group 0): two real browsers at once on a 2-core machine
          // would only make both slow.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
