import { describe, expect, it } from 'vitest';
import { HALL_KIOSK_IDS_HEADER } from '../../../src-main/api/hall';
import { HostVersion } from '../../../src-main/core/hall/host-version';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';

const answer = (status: number, knows: boolean) => new Response(null, { status, headers: knows ? { [HALL_KIOSK_IDS_HEADER]: '1' } : {} });

describe("what a member learns of its host's version from its answers", () => {
  it('is unknown until an answer, older without the header, current with it, and says so once per change', () => {
    const sink = memorySink();
    const v = new HostVersion(createLogger(sink, 'hall'));
    expect([v.value, v.older]).toEqual(['unknown', false]);
    // A server error without the header may be a proxy or a host starting: it says nothing.
    v.heard(answer(502, false));
    v.heard(answer(503, false));
    expect(v.value).toBe('unknown');
    v.heard(answer(400, false));
    expect([v.value, v.older]).toEqual(['older', true]);
    v.heard(answer(200, false));
    v.heard(answer(404, false));
    v.heard(answer(503, true));
    expect(v.value).toBe('current');
    v.heard(answer(200, true));
    expect(v.older).toBe(false);
    const said = sink.records.map((e) => e.msg);
    expect(said).toEqual([
      'the hall host is of an older version: it does not know kiosk ids; update it',
      'the hall host knows kiosk ids now',
    ]);
  });
});
