import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

/**
 * `setpriv --pdeathsig` (util-linux) has the kernel stop socat when the process that started it
 * dies in any way, even killed: an emulator's pty never outlives its test or shell.
 */
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/** Every socat still running, so none outlives this process if its owner forgot to stop it. */
const live = new Set<ChildProcess>();
let exitHook = false;

function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const c of live) c.kill('SIGTERM');
  });
}

/**
 * socat makes the pseudo-terminals the emulators hide behind (Debian package `socat`). Killing
 * it is how a test pulls a device's cable: the pty vanishes and the kiosk's port fails.
 */
export class SocatProcess {
  private child: ChildProcess | null = null;

  constructor(
    private readonly args: readonly string[],
    private readonly links: readonly string[],
  ) {}

  get process(): ChildProcess | null {
    return this.child;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(timeoutMs = 5000): Promise<ChildProcess> {
    if (this.running && this.child) return this.child;
    for (const link of this.links) rmSync(link, { force: true });
    const child = SETPRIV
      ? spawn(SETPRIV, ['--pdeathsig', 'TERM', 'socat', ...this.args], { stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn('socat', [...this.args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    track(child);
    let failure: Error | null = null;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2000);
    });
    child.once('error', (err: NodeJS.ErrnoException) => {
      failure = err.code === 'ENOENT' ? new Error('socat is not installed (Debian package socat)') : err;
    });
    child.stdin?.on('error', () => undefined);
    // A wait, not a time of day: measured on the monotonic timer.
    const deadline = performance.now() + timeoutMs;
    while (!this.links.every((l) => existsSync(l))) {
      if (failure) throw failure;
      if (child.exitCode !== null) {
        if (/failed to execute socat|No such file/.test(stderr)) throw new Error('socat is not installed (Debian package socat)');
        throw new Error(`socat exited: ${stderr.trim().split('\n').pop() ?? child.exitCode}`);
      }
      if (performance.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error('socat did not create its pseudo-terminals in time');
      }
      await new Promise((r) => setTimeout(r, 15));
    }
    return child;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    // The device's name goes first, as when a cable is pulled: between socat's exit and the
    // links' removal a kiosk retrying the name could open the pty number the kernel had meanwhile
    // given to another program's terminal, and never see the device go away.
    for (const link of this.links) rmSync(link, { force: true });
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    for (const link of this.links) rmSync(link, { force: true });
  }
}

/** A pty whose other end is socat's stdin/stdout: the emulator reads and answers through pipes. */
export function ptyToStdio(link: string): SocatProcess {
  return new SocatProcess(['-d', '-d', `pty,raw,echo=0,link=${link},ignoreeof`, 'stdio'], [link]);
}

/** Two ptys joined: what is written to `input` comes out of `device`, and back. */
export function ptyPair(device: string, input: string): SocatProcess {
  return new SocatProcess(
    ['-d', '-d', `pty,raw,echo=0,link=${device},ignoreeof`, `pty,raw,echo=0,link=${input},ignoreeof`],
    [device, input],
  );
}
