import { defineConfig } from 'vitest/config';
import { WORKER_CHROMIUM_ENV } from './tests/support/chromium-flags.ts';
import LongestFirstSequencer from './tests/support/longest-first-sequencer.ts';

/** Every test's time limit goes into its JSON report entry (`npm run test:slowest` reads it). */
const setupFiles = ['tests/support/timeout-meta.ts'];

/** The technician CLI built once per run for the tests that start it as a process. */
const cliBuild = ['tests/support/cli-build-setup.ts'];

/**
 * Three suites: unit (pure, fast), integration (real SQLite files, sockets, ptys) and e2e
 * (Playwright driving Debian's Chromium through the web shell).
 */
export default defineConfig({
  test: {
    // Longest files first even on a run with no timings yet (a fresh clone): see the sequencer.
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles,
          globalSetup: cliBuild,
          // Generous: CI has 2 cores, and a few unit tests start the CLI as a real process.
          testTimeout: 30_000,
          // One module graph per worker, shared by its files: a fresh process per file spent more
          // CPU importing the sources again than the unit tests spend testing (57 CPU-s → 26 in two workers).
          // A unit test must therefore restore what it changes in the process (umask, argv, env),
          // and a file that mocks a module starts its modules afresh (`vi.resetModules` hoisted).
          isolate: false,
          // As many as the integration project: vitest runs the two as one group of workers, and a
          // project that shares its workers must have the same number as the others of its group.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: [...setupFiles, 'tests/support/center-databases-release.ts'],
          // As in the unit project, files share their worker's modules (152 CPU-s → 114): what a
          // file changes in the process it sets for itself (PCSCLITE_CSOCK_NAME, see
          // tests/support/pcsc-per-process.ts) and what it starts it stops (center-databases-release.ts).
          isolate: false,
          // The CLI built once, and one throwaway PostgreSQL cluster for the run: each center test
          // still gets a database of its own in it (tests/support/center-databases.ts).
          globalSetup: [...cliBuild, 'tests/support/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time (vitest's default on two cores is one): much of an integration
          // test waits on a child process, a socket or a database, and in one worker its 74 files
          // took longer than the whole browser suite. Every file uses its own temporary dir and port 0.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          // As in the other projects, files share their worker's modules: importing the kiosk's
          // sources again for each of the 40-odd files cost about a CPU-second per file. What an e2e
          // file starts it stops (kiosks, servers, its contexts), and PC/SC's socket is set per
          // process (tests/support/pcsc-per-process.ts).
          isolate: false,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          testTimeout: 120_000,
          // The screens answer in milliseconds on a quiet machine; CI's two cores may be busy.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          hookTimeout: 120_000,
          // Three files at a time, each worker with its own Chromium (launched at its first use, kept for the run)
          // and every kiosk on its own data dir and port 0: see tests/support/e2e-kiosk.ts for how
          // a file stays parallel-safe. A browser test is a chain (the test, Playwright, Chromium's
          // processes) that leaves a core idle part of the time: with two files at a time the two
          // cores were a fifth idle once the unit and integration suites were done; with three, a tenth.
          maxWorkers: 3,
          env: { [WORKER_CHROMIUM_ENV]: '1' },
          // Its own group: a run of every project at once keeps unit and integration at their
          // default number of workers, and starts the browser suite after them.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
