import { defineConfig } from 'vitest/config';

/**
 * Three suites: unit (pure, fast), integration (real SQLite files, sockets, ptys) and e2e
 * (Playwright driving Debian's Chromium through the web shell).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Generous: CI has 2 cores, and a few unit tests start the CLI as a real process.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // The screens answer in milliseconds on a quiet machine; CI's two cores may be busy.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
