import type { App } from 'electron';

/**
 * `commune-kiosk --kiosk-cli <command…>`: the packaged kiosk's technician CLI. The package turns
 * Electron's RunAsNode fuse off, so the binary cannot run a Node script for us; instead the main
 * process itself runs the CLI (built with it, same core, same data folder) and exits with its
 * code, without a window, a single-instance lock or the kiosk's switches. The launcher
 * `resources/cli/kiosk` (assets/cli) is what a technician types over SSH.
 */
export const CLI_FLAG = '--kiosk-cli';

/** The CLI's own arguments when the binary was started as the CLI; null for the kiosk. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at < 0 ? null : argv.slice(at + 1);
}

export type RunCli = (argv: readonly string[]) => Promise<number>;

/** Runs the CLI in this process and exits with its code. */
export async function runCliMode(app: Pick<App, 'exit'>, args: readonly string[], run: RunCli): Promise<void> {
  let code = 1;
  try {
    code = await run(args);
  } finally {
    app.exit(code);
  }
}
