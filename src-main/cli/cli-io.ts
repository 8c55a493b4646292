import type { Readable } from 'node:stream';

/**
 * Where a CLI command reads and writes: the process's own streams and environment when it runs
 * as `kiosk …`, or the caller's when another program runs it in its own process (the Electron
 * shell's `--kiosk-cli`, the tests). Nothing under src-main/cli touches process.stdout, stderr,
 * stdin or env directly; signals stay the process's (a server stops on the process's SIGTERM).
 */
export interface CliIo {
  readonly stdout: (text: string) => unknown;
  readonly stderr: (text: string) => unknown;
  /** A terminal asks for a secret twice without echo; anything else is read as a pipe. */
  readonly stdin: Readable | NodeJS.ReadStream;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The given streams, and the process's own for the rest. Its stdin is opened only when a command
 * reads it (creating process.stdin takes hold of the terminal or pipe).
 */
export function cliIo(given: Partial<CliIo> = {}): CliIo {
  return {
    stdout: given.stdout ?? ((text) => process.stdout.write(text)),
    stderr: given.stderr ?? ((text) => process.stderr.write(text)),
    get stdin() {
      return given.stdin ?? process.stdin;
    },
    env: given.env ?? process.env,
  };
}

/** The input as a terminal the CLI can switch to raw mode, or null when it is a pipe or a file. */
export function terminalOf(input: CliIo['stdin']): NodeJS.ReadStream | null {
  return 'isTTY' in input && input.isTTY && 'setRawMode' in input ? input : null;
}
