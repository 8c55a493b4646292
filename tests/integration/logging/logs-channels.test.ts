import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSink } from '../../../src-main/core/logging/file-sink';
import { kioskLogFile } from '../../../src-main/core/logging/log-files';
import { createLogger, fanOut, memorySink } from '../../../src-main/core/logging/logger';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

const open: TestKiosk[] = [];
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  for (const k of open.splice(0)) await k.close();
  for (const d of dirs.splice(0)) d.remove();
});

/** A kiosk whose logs go to a real, small rotating file, as in the shells. */
function start(maxBytes = 20_000) {
  const dir = tempDir();
  dirs.push(dir);
  const file = kioskLogFile(dir.path);
  const sink = fanOut(fileSink(file, { maxBytes, keep: 3 }), memorySink());
  const k = startTestKiosk({
    dataDir: dir.path,
    logSink: sink,
    configPollMs: 0,
    exportTargets: () => [
      { path: dir.path, label: 'test' },
      { path: tmpdir(), label: 'temp' },
    ],
  });
  open.push(k);
  const tech = k.kiosk.newSession();
  tech.setRole('technician');
  return { k, tech, file, sink, log: createLogger(sink, 'test.source', { level: 'debug' }) };
}

describe('logs for the technician', () => {
  it('shows the newest 500 lines across a rotation, oldest first, and filters by level', async () => {
    const { k, tech, log } = start();
    for (let i = 0; i < 700; i++) (i % 100 === 0 ? log.warn : log.info)(`line ${i}`, { i });
    const reply = await k.kiosk.dispatch(tech, 'logs.tail', {});
    const lines = (reply as { result: { lines: { msg: string }[] } }).result.lines;
    expect(lines).toHaveLength(500);
    expect(lines.at(-1)?.msg).toBe('line 699');
    expect(lines[0]?.msg).toBe('line 200');
    const warns = await k.kiosk.dispatch(tech, 'logs.tail', { minLevel: 'warn', limit: 3 });
    expect((warns as { result: { lines: { msg: string }[] } }).result.lines.map((l) => l.msg)).toEqual([
      'line 400',
      'line 500',
      'line 600',
    ]);
    expect(await k.kiosk.dispatch(tech, 'logs.tail', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('skips torn lines instead of failing', async () => {
    const { k, tech, log, file } = start();
    log.info('before');
    appendFileSync(file, '{"time":"2026-11-21T0\n');
    log.info('after');
    const lines = ((await k.kiosk.dispatch(tech, 'logs.tail', {})) as { result: { lines: { msg: string }[] } }).result.lines;
    expect(lines.map((l) => l.msg).slice(-2)).toEqual(['before', 'after']);
  });

  it('exports every file, oldest first, masked again, to a USB folder', async () => {
    const { k, tech, log, file } = start(4000);
    mkdirSync(join(file, '..'), { recursive: true });
    // A line an older version wrote without masking must not leave the kiosk as is.
    appendFileSync(
      file,
      `${JSON.stringify({ time: 't', level: 'info', module: 'old', msg: 'CCCD 001203004567', data: { fullName: 'Hà Văn Bình' } })}\n`,
    );
    for (let i = 0; i < 60; i++) log.info(`line ${i}`);
    const usb = tempDir('usb-');
    dirs.push(usb);
    expect(await k.kiosk.dispatch(tech, 'logs.exportTargets', {})).toMatchObject({
      ok: true,
      result: { targets: [{ label: 'test' }, { label: 'temp' }] },
    });
    const reply = await k.kiosk.dispatch(tech, 'logs.export', { dir: usb.path });
    expect(reply.ok).toBe(true);
    const { file: out, lines } = (reply as { result: { file: string; lines: number } }).result;
    expect(out.startsWith(usb.path)).toBe(true);
    expect(out).toMatch(/kiosk-logs-K[0-9A-F]+-\d{8}-\d{6}\.jsonl$/);
    const text = readFileSync(out, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(lines);
    expect(text).not.toMatch(/001203004567|Hà Văn Bình/);
    const msgs = text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg)
      .filter((m) => m.startsWith('line '));
    expect(msgs.at(-1)).toBe('line 59');
    expect(msgs).toEqual([...msgs].sort((a, b) => Number(a.slice(5)) - Number(b.slice(5))));
  });

  it('explains a missing drive or a path that is not a folder', async () => {
    const { k, tech, file } = start();
    expect(await k.kiosk.dispatch(tech, 'logs.export', { dir: '/media/nobody/NO_SUCH_USB' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('USB drive plugged in') },
    });
    writeFileSync(`${file}.txt`, 'x');
    expect(await k.kiosk.dispatch(tech, 'logs.export', { dir: `${file}.txt` })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
