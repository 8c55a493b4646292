import { join } from 'node:path';
import type { Command } from 'commander';
import { type Clock, systemClock } from '../api/center-clock';
import { createKiosk, type Kiosk } from '../core/kiosk/create-kiosk';
import { fileSink } from '../core/logging/file-sink';
import type { LogSink } from '../core/logging/logger';
import { appFile } from '../core/system/app-root';
import { readAppVersion } from '../core/system/app-version';
import { resolveDataDir } from '../core/system/data-dir';
import { type CliIo, cliIo } from './cli-io';

export const PACKAGE_JSON = appFile('package.json');

/** An error the CLI reports as one line on stderr with a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface GlobalOptions {
  readonly dataDir?: string;
  readonly json?: boolean;
}

/**
 * What every subcommand gets: the global flags, output helpers and the core opened lazily
 * (so `--help` never touches the database).
 */
export class CliContext {
  private kiosk: Kiosk | null = null;

  constructor(
    private readonly program: Command,
    /** Where the command reads and writes (the process's streams, or its caller's). */
    readonly io: CliIo = cliIo(),
    /** The one clock of a CLI command: the core it opens and the command itself read time through it. */
    readonly clock: Clock = systemClock,
  ) {}

  get options(): GlobalOptions {
    return this.program.opts<GlobalOptions>();
  }

  /** Writes text to the command's standard output. */
  readonly stdout = (text: string): void => {
    this.io.stdout(text);
  };

  get json(): boolean {
    return this.options.json === true;
  }

  get dataDir(): string {
    return resolveDataDir({ flag: this.options.dataDir, env: this.io.env });
  }

  logSink(): LogSink {
    return fileSink(join(this.dataDir, 'logs', 'kiosk.log'));
  }

  core(): Kiosk {
    this.kiosk ??= createKiosk({
      dataDir: this.dataDir,
      shell: 'cli',
      appVersion: readAppVersion(PACKAGE_JSON),
      clock: this.clock,
      logSink: this.logSink(),
      backgroundSync: false,
    });
    return this.kiosk;
  }

  /** Prints JSON with `--json`, otherwise the human text. */
  print(value: unknown, human: string): void {
    this.stdout(this.json ? `${JSON.stringify(value)}\n` : `${human}\n`);
  }

  async close(): Promise<void> {
    await this.kiosk?.close();
    this.kiosk = null;
  }
}
