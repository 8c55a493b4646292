import { describe, expect, it } from 'vitest';
import { crashLine, runCrashTest } from '../../crash/crash-harness';

/**
 * The short form of `npm run test:crash` (which kills 50 times): 6 SIGKILLs keep `npm test`
 * quick while still crashing in the middle of submits and of in-flight sends.
 */
describe('crash test (short form: 6 kills)', () => {
  it('loses and duplicates nothing a child printed a receipt for', async () => {
    const result = await runCrashTest({ kills: 6, seed: 42 });
    expect(crashLine(result)).toMatch(/^crash kills=6 submitted=\d+ acknowledged_by_server=\d+ lost=0 duplicated=0$/);
    expect(result.submitted).toBeGreaterThan(0);
    expect(result.acknowledgedByServer).toBe(result.stored);
    expect(result.acknowledgedByServer).toBeGreaterThanOrEqual(result.submitted);
    expect(result.injectedFailures).toBeGreaterThan(0);
  }, 120_000);
});
