import { describe, expect, it } from 'vitest';
import { WedgeDetector } from '../../../src-renderer/scan/wedge-detector';

/** Feeds keys with the given pause before each, as a scanner or a person would press them. */
function type(detector: WedgeDetector, keys: readonly string[], gapMs: number, start = 1000): boolean[] {
  return keys.map((k, i) => detector.key(k, start + i * gapMs));
}

describe('WedgeDetector', () => {
  it('takes a burst ending in Enter as a scan, and swallows that Enter', () => {
    const scans: string[] = [];
    const d = new WedgeDetector((p) => scans.push(p));
    const ended = type(d, [...'1.001193', 'Enter'], 8);
    expect(scans).toEqual(['1.001193']);
    expect(ended.at(-1)).toBe(true);
  });

  it('leaves a person typing alone, however the word ends', () => {
    const scans: string[] = [];
    const d = new WedgeDetector((p) => scans.push(p));
    expect(type(d, [...'23456789ABCDE', 'Enter'], 140)).not.toContain(true);
    expect(scans).toEqual([]);
  });

  it('ignores Shift between characters and starts over after a pause', () => {
    const scans: string[] = [];
    const d = new WedgeDetector((p) => scans.push(p));
    type(d, ['x', 'y'], 10, 0);
    // 500 ms later a scanner sends a dossier code with Shift before each capital.
    const keys = [...'2345'].concat(['Shift', 'A', 'Shift', 'B', 'Enter']);
    type(d, keys, 6, 500);
    expect(scans).toEqual(['2345AB']);
  });

  it('needs a few characters: a fast double Enter or a stray key is no scan', () => {
    const scans: string[] = [];
    const d = new WedgeDetector((p) => scans.push(p));
    type(d, ['a', 'Enter', 'Enter'], 5);
    expect(scans).toEqual([]);
  });
});
