/**
 * Tells a keyboard-wedge scanner from a person typing. A scanner "types" a whole code in a burst
 * (a few milliseconds a key) and ends it with Enter; people leave 100 ms and more between keys.
 * Pure: it is fed key names and times, so it is tested without a browser.
 */
export interface WedgeOptions {
  /** Longest pause between two keys of one scan. */
  readonly maxGapMs: number;
  /** Shortest scan worth taking (procedure codes have 8 characters, dossier codes 13). */
  readonly minLength: number;
  readonly maxLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 50, minLength: 4, maxLength: 4096 };

export class WedgeDetector {
  private chars: string[] = [];
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly onScan: (payload: string) => void,
    private readonly options: WedgeOptions = DEFAULT_WEDGE,
  ) {}

  /**
   * One key press (`KeyboardEvent.key`) at `atMs`. Returns true when the key ended a scan, so the
   * caller can stop the Enter from also pressing whatever button has focus.
   */
  key(key: string, atMs: number): boolean {
    const gap = atMs - this.last;
    this.last = atMs;
    if (key === 'Enter') {
      const payload = this.chars.join('');
      const isScan = gap <= this.options.maxGapMs && this.chars.length >= this.options.minLength;
      this.chars = [];
      if (isScan) this.onScan(payload);
      return isScan;
    }
    // Shift, AltGraph and the like come with the characters a scanner types; they change nothing.
    if (key.length !== 1) return false;
    if (gap > this.options.maxGapMs || this.chars.length >= this.options.maxLength) this.chars = [];
    this.chars.push(key);
    return false;
  }

  reset(): void {
    this.chars = [];
    this.last = Number.NEGATIVE_INFINITY;
  }
}
