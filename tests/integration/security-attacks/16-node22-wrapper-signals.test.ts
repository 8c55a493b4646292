import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../../scripts/center-server.mjs', import.meta.url));
/** The system's Node 20: the wrapper only re-launches on a Node older than 22. */
const SYSTEM_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find(
  (p) => existsSync(p) && Number(execFileSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' }).split('.')[0]) < 22,
);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

describe.skipIf(!SYSTEM_NODE)('attack 16: the Node 20 → 22 wrapper and signals', () => {
  const started: number[] = [];
  afterEach(() => {
    for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'attack 16: sends %s to the wrapper (as systemd does) and looks for an orphan still serving',
    async (signal) => {
      const wrapper = spawn(SYSTEM_NODE as string, [SCRIPT, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      started.push(wrapper.pid as number);
      // The Node 22 child prints its URL once it listens.
      await new Promise<void>((resolve, reject) => {
        wrapper.stdout.on('data', (c: Buffer) => (String(c).includes('http://') ? resolve() : undefined));
        wrapper.once('exit', (code) => reject(new Error(`wrapper exited early with ${code}`)));
      });
      const [child] = childrenOf(wrapper.pid as number);
      expect(child).toBeGreaterThan(0);
      started.push(child as number);
      const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
        wrapper.once('exit', (code, sig) => r({ code, signal: sig })),
      );
      wrapper.kill(signal);
      const end = await exited;
      // The wrapper ends the way the child ended (here: the child stops cleanly on the signal).
      expect(end.code === 0 || end.signal === signal).toBe(true);
      // The wrapper waited for its child, so by now the child is gone too.
      expect(alive(child as number)).toBe(false);
    },
  );

  it('exits with the child’s exit code', () => {
    const r = spawn(SYSTEM_NODE as string, [SCRIPT, '--port', 'not-a-port'], { stdio: 'ignore' });
    return new Promise<void>((resolve) =>
      r.once('exit', (code) => {
        expect(code).toBe(2);
        resolve();
      }),
    );
  });
});
