import { beforeEach } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** The test's own time limit in ms, for `npm run test:slowest` (it reads the JSON reports). */
    timeout?: number;
  }
}

// A setup file of every project: each test's limit goes into its report entry, so the share of
// its limit a test used can be told from the report alone.
beforeEach(({ task }) => {
  task.meta.timeout = task.timeout;
});
