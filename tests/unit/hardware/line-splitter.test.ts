import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../../src-main/hardware/scanner/line-splitter';

describe('LineSplitter', () => {
  it('ends lines at CR, LF or CRLF, across chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l.toString()));
    s.push(Buffer.from('1.0011'));
    s.push(Buffer.from('93\r\nABC\rDEF\n\n'));
    expect(lines).toEqual(['1.001193', 'ABC', 'DEF']);
    s.reset();
  });

  it('caps a line that never ends and marks it', () => {
    const got: Array<[number, boolean]> = [];
    const s = new LineSplitter((l, over) => got.push([l.length, over]), 10);
    s.push(Buffer.alloc(25, 0x41));
    s.push(Buffer.from('\nok\n'));
    expect(got).toEqual([
      [10, true],
      [2, false],
    ]);
  });

  it('hands on a read without a terminator once the scanner goes quiet', async () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l.toString()), 100, 30);
    s.push(Buffer.from('1.000002'));
    await new Promise((r) => setTimeout(r, 80));
    expect(lines).toEqual(['1.000002']);
  });
});
