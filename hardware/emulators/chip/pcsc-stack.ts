import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A throwaway PC/SC stack for tests and the benchmark: Debian's `pcscd` with the `vsmartcard-vpcd`
 * virtual reader, and `vicc` (python3-virtualsmartcard) as the card, started by the caller and
 * never assumed to be running.
 *
 * pcscd 1.9.9 always serves `/run/pcscd/pcscd.comm` (it ignores PCSCLITE_CSOCK_NAME), so it runs
 * in its own mount namespace (`unshare -m`, root) with a private folder bound over /run/pcscd;
 * clients reach it through PCSCLITE_CSOCK_NAME, which libpcsclite does honour. Its vpcd slots
 * listen on a port chosen free, so two stacks never meet. `setpriv --pdeathsig` stops every
 * process here when its owner dies.
 */

const VICC_CARD = fileURLToPath(new URL('./vicc-card.py', import.meta.url));
const VPCD_DRIVER = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so';
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

export interface PcscStack {
  /** For PCSCLITE_CSOCK_NAME in any process that talks to this pcscd. */
  readonly socketPath: string;
  readonly port: number;
  /** Puts a card (files by identifier, the BAC MRZ information) on the first virtual reader. */
  insert(card: { files: ReadonlyMap<number, Buffer>; mrzInformation: string }): Promise<VirtualCard>;
  stop(): Promise<void>;
}

export interface VirtualCard {
  /** Takes the card away (the emulator stops; vpcd reports the slot empty). */
  remove(): Promise<void>;
}

function spawnGuarded(command: string, args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  const [cmd, argv] = SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', command, ...args]] : [command, args];
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
  if (process.env.VICC_CARD_DEBUG) child.stderr?.on('data', (d) => process.stderr.write(d));
  return child;
}

/** A free TCP port whose next port is free too (vpcd opens two slots: port and port + 1). */
async function freePortPair(): Promise<number> {
  const listen = (port: number) =>
    new Promise<import('node:net').Server | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '0.0.0.0', () => resolve(server));
    });
  for (let attempt = 0; attempt < 20; attempt++) {
    const first = await listen(0);
    if (!first) continue;
    const address = first.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const second = port < 65535 ? await listen(port + 1) : null;
    await new Promise((r) => first.close(r));
    if (second) {
      await new Promise((r) => second.close(r));
      return port;
    }
  }
  throw new Error('no free port pair for vpcd');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resolves when `output` has printed `text`, rejects when the process exits first. */
function waitForOutput(child: ChildProcess, text: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
      if (seen.includes(text)) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`${what} exited (${code}) before it was ready: ${seen.trim().slice(-600)}`));
    };
    const cleanup = () => {
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * `runDir`: the folder that holds the daemon's socket, when the caller needs the same socket path
 * for every stack it starts (libpcsclite reads PCSCLITE_CSOCK_NAME once per process); by default
 * a folder of this stack's own.
 */
export async function startPcscStack(options: Readonly<{ runDir?: string }> = {}): Promise<PcscStack> {
  for (const file of ['/usr/sbin/pcscd', VPCD_DRIVER, '/usr/bin/vicc']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: install pcscd, vsmartcard-vpcd and vsmartcard-vpicc`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pcsc-'));
  const run = options.runDir ?? join(dir, 'run');
  const conf = join(dir, 'reader.conf.d');
  mkdirSync(run, { recursive: true, mode: 0o700 });
  mkdirSync(conf);
  mkdirSync('/run/pcscd', { recursive: true });
  const port = await freePortPair();
  writeFileSync(
    join(conf, 'vpcd'),
    `FRIENDLYNAME "Virtual PCD"\nDEVICENAME   /dev/null:${port}\nLIBPATH      ${VPCD_DRIVER}\nCHANNELID    ${port}\n`,
  );
  const pcscd = spawnGuarded('unshare', ['-m', 'sh', '-c', `mount --bind "${run}" /run/pcscd && exec pcscd -f -i -c "${conf}"`]);
  await waitForOutput(pcscd, 'daemon ready', 'pcscd');
  const socketPath = join(run, 'pcscd.comm');
  const cards = new Set<ChildProcess>();
  return {
    socketPath,
    port,
    async insert(card) {
      const config = join(dir, `card-${cards.size}.json`);
      const files: Record<string, string> = {};
      for (const [fid, data] of card.files) files[fid.toString(16).padStart(4, '0')] = data.toString('base64');
      writeFileSync(config, JSON.stringify({ port, mrzInformation: card.mrzInformation, files }), { mode: 0o600 });
      const vicc = spawnGuarded('/usr/bin/python3', [VICC_CARD, config]);
      cards.add(vicc);
      vicc.once('exit', () => cards.delete(vicc));
      await waitForOutput(vicc, 'vicc-card connected', 'vicc');
      return {
        async remove() {
          await stopChild(vicc);
          rmSync(config, { force: true });
        },
      };
    },
    async stop() {
      await Promise.all([...cards].map(stopChild));
      await stopChild(pcscd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
