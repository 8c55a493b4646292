// Minimal PCM WAV reading and writing for the audio generator (16-bit mono, as espeak-ng writes).

/** Reads a 16-bit PCM WAV: { sampleRate, samples: Int16Array }. */
export function readWav(buffer) {
  if (buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let format = null;
  while (offset + 8 <= buffer.length) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = { channels: buffer.readUInt16LE(body + 2), sampleRate: buffer.readUInt32LE(body + 4), bits: buffer.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (format?.bits !== 16 || format.channels !== 1) throw new Error('expected 16-bit mono PCM');
      // espeak-ng writing to a file leaves the data size as the rest of the file.
      const end = Math.min(buffer.length, body + (size === 0xffffffff || size === 0 ? buffer.length : size));
      const samples = new Int16Array((end - body) >> 1);
      for (let i = 0; i < samples.length; i += 1) samples[i] = buffer.readInt16LE(body + i * 2);
      return { sampleRate: format.sampleRate, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV without data');
}

/** Writes 16-bit mono PCM. */
export function writeWav(sampleRate, samples) {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i += 1) data.writeInt16LE(samples[i], i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Cuts the silence before and after the voice, keeping `padMs` each side, so clips join without gaps. */
export function trimSilence({ sampleRate, samples }, padMs = 40, threshold = 400) {
  let start = 0;
  while (start < samples.length && Math.abs(samples[start]) < threshold) start += 1;
  let end = samples.length;
  while (end > start && Math.abs(samples[end - 1]) < threshold) end -= 1;
  const pad = Math.round((sampleRate * padMs) / 1000);
  return { sampleRate, samples: samples.slice(Math.max(0, start - pad), Math.min(samples.length, end + pad)) };
}

/** A two-note "ding-dong" (E5 then C5) with a soft decay: the hall's attention sound. */
export function chime(sampleRate = 22050) {
  const notes = [
    { hz: 659.25, ms: 450 },
    { hz: 523.25, ms: 750 },
  ];
  const parts = notes.map(({ hz, ms }) => {
    const n = Math.round((sampleRate * ms) / 1000);
    const out = new Int16Array(n);
    for (let i = 0; i < n; i += 1) {
      const t = i / sampleRate;
      const envelope = Math.min(1, i / (sampleRate * 0.005)) * Math.exp(-3.2 * t);
      const tone = Math.sin(2 * Math.PI * hz * t) + 0.3 * Math.sin(4 * Math.PI * hz * t);
      out[i] = Math.round(12_000 * envelope * tone);
    }
    return out;
  });
  const samples = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    samples.set(p, at);
    at += p.length;
  }
  return { sampleRate, samples };
}
