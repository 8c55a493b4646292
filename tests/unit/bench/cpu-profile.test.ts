import { describe, expect, it } from 'vitest';
import { topSelfTime } from '../../bench/cpu-profile';

describe('where a CPU profile spent its time', () => {
  it('adds each sample’s time to the function it landed in, most first', () => {
    const frame = (functionName: string, lineNumber: number) => ({ functionName, url: 'http://127.0.0.1/assets/index.js', lineNumber });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', -1) },
        { id: 2, callFrame: frame('render', 9) },
        { id: 3, callFrame: frame('', 19) },
      ],
      samples: [2, 3, 2, 2],
      timeDeltas: [0, 1000, 2000, 500],
    };
    expect(topSelfTime(profile, 5)).toEqual([
      { where: '(anonymous) index.js:20', ms: 2 },
      { where: 'render index.js:10', ms: 1.5 },
    ]);
    expect(topSelfTime(profile, 1)).toHaveLength(1);
  });
});
