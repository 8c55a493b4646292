import { describe, expect, it } from 'vitest';
import { announcementClipSet, announcementClips, announcementText } from '../../../src-main/core/hall/announcement';
import { telexName } from '../../../src-main/core/hall/telex-name';
import { readCardinal, readTicketNumber } from '../../../src-main/core/hall/vietnamese-numbers';

describe('Vietnamese cardinals (docs/hall.md)', () => {
  it.each([
    [0, 'không'],
    [3, 'ba'],
    [10, 'mười'],
    [11, 'mười một'],
    [12, 'mười hai'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
  ])('%i is "%s"', (n, words) => {
    expect(readCardinal(n)).toBe(words);
  });

  it('refuses what it cannot read', () => {
    expect(() => readCardinal(-1)).toThrow(RangeError);
    expect(() => readCardinal(1.5)).toThrow(RangeError);
    expect(() => readCardinal(1_000_000)).toThrow(RangeError);
  });
});

describe('ticket numbers are read letter, then digit by digit', () => {
  it.each([
    ['A-012', 'a không một hai'],
    ['B-105', 'bê một không năm'],
    ['H-1000', 'hát một không không không'],
    ['L-007', 'e lờ không không bảy'],
  ])('%s is "%s"', (number, words) => {
    expect(readTicketNumber(number)).toBe(words);
  });

  it('refuses a malformed number', () => {
    expect(() => readTicketNumber('a-012')).toThrow(RangeError);
    expect(() => readTicketNumber('A012')).toThrow(RangeError);
  });
});

describe('the call as text and as clips', () => {
  it('reads the sentence of the issue', () => {
    expect(announcementText({ number: 'A-012', counter: 3, priority: false })).toBe('xin mời số a không một hai đến quầy số ba');
    expect(announcementText({ number: 'C-021', counter: 12, priority: true })).toBe(
      'xin mời số ưu tiên xê không hai một đến quầy số mười hai',
    );
  });

  it('names clips by their Telex spelling, one per word or phrase', () => {
    expect(announcementClips({ number: 'A-012', counter: 21, priority: true })).toEqual([
      'xin-mowif-soos',
      'uwu-tieen',
      'a',
      'khoong',
      'mootj',
      'hai',
      'ddeens-quaayf-soos',
      'hai',
      'muwowi',
      'moots',
    ]);
  });

  it('keeps words apart that lose their accents alike', () => {
    expect(telexName('mười')).not.toBe(telexName('mươi'));
    expect(telexName('một')).not.toBe(telexName('mốt'));
    expect(telexName('Đến')).toBe('ddeens');
  });

  it('has a clip for every word of every call, counters 1–99 and every letter', () => {
    const set = announcementClipSet();
    const calls = [
      ...Array.from({ length: 99 }, (_, k) => ({ number: `A-${String(k + 1).padStart(3, '0')}`, counter: k + 1, priority: true })),
      ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => ({ number: `${letter}-1789`, counter: 1, priority: false })),
    ];
    for (const call of calls) for (const clip of announcementClips(call)) expect(set.has(clip), clip).toBe(true);
    expect(set.get('xin-mowif-soos')).toBe('xin mời số');
  });
});
