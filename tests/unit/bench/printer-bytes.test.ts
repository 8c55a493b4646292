import { describe, expect, it } from 'vitest';
import { onlyStatusRequests } from '../../bench/printer-bytes';

describe('telling a status poll from a print job', () => {
  it('sees DLE EOT and GS r requests, alone or several in one chunk, as a poll', () => {
    expect(onlyStatusRequests(Buffer.from([0x10, 0x04, 0x01]))).toBe(true);
    expect(onlyStatusRequests(Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x04, 0x1d, 0x72, 0x01]))).toBe(true);
  });

  it('sees anything else as the start of a job', () => {
    expect(onlyStatusRequests(Buffer.from([0x1b, 0x40, 0x1b]))).toBe(false); // ESC @ …
    expect(onlyStatusRequests(Buffer.from([0x10, 0x04, 0x01, 0x1b, 0x40, 0x41]))).toBe(false);
    expect(onlyStatusRequests(Buffer.from([0x10, 0x04]))).toBe(false);
    expect(onlyStatusRequests(Buffer.alloc(0))).toBe(false);
  });
});
