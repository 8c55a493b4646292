import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../../src-renderer/api/recent-answers';

describe('RecentAnswers', () => {
  it('keeps the newest few, says whether an answer changed, and forgets on clear', () => {
    const recent = new RecentAnswers<{ n: number }>(2);
    expect(recent.set('a', { n: 1 })).toBe(true);
    expect(recent.set('a', { n: 1 })).toBe(false);
    expect(recent.set('a', { n: 2 })).toBe(true);
    recent.set('b', { n: 3 });
    // Reading does not refresh; setting does: 'a' was set before 'b', so 'a' goes first.
    recent.set('c', { n: 4 });
    expect(recent.get('a')).toBeUndefined();
    expect(recent.keys()).toEqual(['b', 'c']);
    recent.set('b', { n: 3 });
    recent.set('d', { n: 5 });
    expect(recent.keys()).toEqual(['b', 'd']);
    recent.clear();
    expect(recent.keys()).toEqual([]);
    expect(recent.get('b')).toBeUndefined();
  });
});
