import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the generator script, without type declarations
import { readWav } from '../../../scripts/lib/wav.mjs';
import { announcementClipSet, CHIME_CLIP } from '../../../src-main/core/hall/announcement';

const AUDIO = fileURLToPath(new URL('../../../assets/audio/', import.meta.url));

function seconds(file: string): number {
  const wav = readWav(readFileSync(file)) as { sampleRate: number; samples: Int16Array };
  return wav.samples.length / wav.sampleRate;
}

describe('committed announcement clips (npm run audio:gen)', () => {
  it('has a playable WAV for every clip a call can need, and the chime', () => {
    for (const name of announcementClipSet().keys()) {
      const length = seconds(`${AUDIO}vi/${name}.wav`);
      expect(length, name).toBeGreaterThan(0.1);
      expect(length, name).toBeLessThan(3);
    }
    expect(seconds(`${AUDIO}${CHIME_CLIP}.wav`)).toBeGreaterThan(0.5);
  });
});
