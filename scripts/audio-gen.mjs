#!/usr/bin/env node
// `npm run audio:gen [-- --force] [-- --manifest FILE --out DIR]`: spoken clips with Debian's
// espeak-ng (voice `vi`), one WAV per word or phrase, named by the Telex spelling of its text
// (src-main/core/hall/telex-name.ts, docs/hall.md "Clips"). Without --manifest it makes every
// clip a hall call needs (assets/audio/vi) and the chime (assets/audio/chime.wav). Existing files
// are kept unless --force: a center's own recordings replace clips by file name and must survive.
// A manifest is JSON {"texts": ["…", …]}: the same rule names and speaks any other text.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureNode22, ROOT } from './lib/node22.mjs';
import { chime, readWav, trimSilence, writeWav } from './lib/wav.mjs';

ensureNode22();
const { register } = await import('tsx/esm/api');
register();
const { announcementClipSet, CHIME_CLIP } = await import('../src-main/core/hall/announcement.ts');
const { telexName } = await import('../src-main/core/hall/telex-name.ts');

const { values } = parseArgs({
  options: { force: { type: 'boolean', default: false }, manifest: { type: 'string' }, out: { type: 'string' } },
});

if (spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' }).status !== 0) {
  process.stderr.write('espeak-ng is missing: apt-get install espeak-ng\n');
  process.exit(1);
}

/** Words per minute: a little slower than espeak's 175 so a hall hears every syllable. */
const SPEED = '150';

function speak(text, file) {
  const result = spawnSync('espeak-ng', ['-v', 'vi', '-s', SPEED, '-w', file, '--', text], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`espeak-ng failed for "${text}": ${result.stderr}`);
  writeFileSync(file, writeWav(...Object.values(trimSilence(readWav(readFileSync(file))))));
}

let clips;
let outDir;
if (values.manifest) {
  const manifest = JSON.parse(readFileSync(values.manifest, 'utf8'));
  if (!Array.isArray(manifest.texts) || !manifest.texts.every((t) => typeof t === 'string' && t.trim())) {
    process.stderr.write('the manifest must be {"texts": ["…"]} with non-empty strings\n');
    process.exit(1);
  }
  clips = new Map(manifest.texts.map((t) => [telexName(t), t]));
  outDir = values.out ?? join(ROOT, 'assets', 'audio', 'vi');
} else {
  clips = announcementClipSet();
  outDir = values.out ?? join(ROOT, 'assets', 'audio', 'vi');
  const chimeFile = join(outDir, '..', `${CHIME_CLIP}.wav`);
  if (values.force || !existsSync(chimeFile)) {
    mkdirSync(join(outDir, '..'), { recursive: true });
    const c = chime();
    writeFileSync(chimeFile, writeWav(c.sampleRate, c.samples));
  }
}

mkdirSync(outDir, { recursive: true });
let made = 0;
let kept = 0;
for (const [name, text] of clips) {
  const file = join(outDir, `${name}.wav`);
  if (!values.force && existsSync(file)) {
    kept += 1;
    continue;
  }
  speak(text, file);
  made += 1;
}
process.stdout.write(`audio:gen made ${made} clips, kept ${kept} existing, in ${outDir}\n`);
