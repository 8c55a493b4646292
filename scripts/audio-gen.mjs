#!/usr/bin/env node
// `npm run audio:gen [-- --force] [-- --manifest FILE --out DIR]`: spoken clips with Debian's
// espeak-ng (voice `vi`), one WAV per word or phrase, named by the Telex spelling of its text
// (src-main/core/hall/telex-name.ts, docs/hall.md "Clips"). Without --manifest it makes every
// clip a hall call needs (assets/audio/vi) and the chime (assets/audio/chime.wav). Existing files
// are kept unless --force: a center's own recordings replace clips by file name and must survive.
// A manifest is JSON {"texts": ["…", …]}: the same rule names and speaks any other text.
// --readings makes what the kiosk's "Nghe" button plays (docs/aloud.md): the ticket screen's word
// clips, and one Ogg Vorbis clip per whole-screen reading (home, each procedure of the bundled
// catalog) with assets/audio/vi/readings.json recording the text each one speaks; a reading is
// remade when its text changed, or when --force.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureNode22, ROOT } from './lib/node22.mjs';
import { chime, readWav, trimSilence, writeWav } from './lib/wav.mjs';

await ensureNode22();
const { register } = await import('tsx/esm/api');
register();
const { announcementClipSet, CHIME_CLIP } = await import('../src-main/core/hall/announcement.ts');
const { telexName } = await import('../src-main/core/hall/telex-name.ts');

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    manifest: { type: 'string' },
    out: { type: 'string' },
    readings: { type: 'boolean', default: false },
  },
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

/** A whole-screen reading: espeak's WAV, trimmed, then Ogg Vorbis at sox's lowest quality (speech needs no more). */
function speakReading(text, file) {
  const wav = `${file}.tmp.wav`;
  try {
    speak(text, wav);
    const result = spawnSync('sox', ['-G', wav, '-C', '-1', file], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`sox failed for ${file}: ${result.stderr || 'is sox installed? apt-get install sox'}`);
  } finally {
    rmSync(wav, { force: true });
  }
}

async function makeReadings(dir) {
  const { Catalog } = await import('../src-main/api/channels/catalog.ts');
  const { homeReading, procedureReading } = await import('../src-main/core/aloud/readings.ts');
  const { READING_INDEX_FILE, ReadingIndex } = await import('../src-main/core/aloud/reading-index.ts');
  const catalog = Catalog.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'catalog', 'catalog.json'), 'utf8')));
  const indexFile = join(dir, READING_INDEX_FILE);
  const old = existsSync(indexFile) ? ReadingIndex.parse(JSON.parse(readFileSync(indexFile, 'utf8'))).readings : {};
  const readings = {};
  let madeR = 0;
  let keptR = 0;
  let bytes = 0;
  for (const r of [homeReading(), ...catalog.procedures.map(procedureReading)]) {
    const file = `${r.name}.ogg`;
    const path = join(dir, file);
    if (values.force || old[r.name]?.text !== r.text || !existsSync(path)) {
      speakReading(r.text, path);
      madeR += 1;
    } else keptR += 1;
    readings[r.name] = { file, text: r.text };
    bytes += statSync(path).size;
  }
  writeFileSync(indexFile, `${JSON.stringify({ readings }, null, 1)}\n`);
  process.stdout.write(`audio:gen readings: made ${madeR}, kept ${keptR}, ${Math.round(bytes / 1024)} KiB in all\n`);
}

let clips;
let outDir;
if (values.readings) {
  const { ticketClipTexts } = await import('../src-main/core/aloud/readings.ts');
  clips = new Map(ticketClipTexts().map((t) => [telexName(t), t]));
  outDir = values.out ?? join(ROOT, 'assets', 'audio', 'vi');
  mkdirSync(outDir, { recursive: true });
  await makeReadings(outDir);
} else if (values.manifest) {
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
