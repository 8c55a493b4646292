import { Command, CommanderError } from 'commander';
import { errorMessage } from '../api/error-message';
import { isApiError } from '../api/errors';
import { readAppVersion } from '../core/system/app-version';
import { CliContext, CliError, PACKAGE_JSON } from './cli-context';
import { type CliIo, cliIo } from './cli-io';
import { registerAuth } from './commands/auth';
import { registerCalendar } from './commands/calendar';
import { registerCards } from './commands/cards';
import { registerCatalog } from './commands/catalog';
import { registerCenter } from './commands/center';
import { registerConfig } from './commands/config';
import { registerDevices } from './commands/devices';
import { registerDossiers } from './commands/dossiers';
import { registerEnrol } from './commands/enrol';
import { registerHall } from './commands/hall';
import { registerInfo } from './commands/info';
import { registerLogs } from './commands/logs';
import { registerOutbox } from './commands/outbox';
import { registerPayment } from './commands/payment';
import { registerTickets } from './commands/tickets';

/**
 * Builds the technician CLI. Each feature adds its subcommands with one `register…` call.
 * `io` is where it reads and writes, help and usage errors included (default: the process's).
 */
export function buildProgram(io: Partial<CliIo> = {}): { program: Command; ctx: CliContext } {
  const streams = cliIo(io);
  const program = new Command('kiosk');
  const ctx = new CliContext(program, streams);
  program
    // Before any subcommand exists: commander copies its parent's output to each one it creates.
    .configureOutput({ writeOut: (text) => void streams.stdout(text), writeErr: (text) => void streams.stderr(text) })
    .description('Technician CLI for the commune service-center kiosk')
    // `-V`, not `-v`: a global option is recognised after the subcommand too, so `-v` would turn a
    // scanned payload `-v` into a version print. `kiosk -v` alone still works (see runCli).
    .version(readAppVersion(PACKAGE_JSON), '-V, --version')
    .option('--data-dir <dir>', 'data directory (default: KIOSK_DATA_DIR or the platform data folder)')
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError()
    .exitOverride();
  registerInfo(program, ctx);
  registerAuth(program, ctx);
  registerConfig(program, ctx);
  registerLogs(program, ctx);
  registerTickets(program, ctx);
  registerCatalog(program, ctx);
  registerDevices(program, ctx);
  registerDossiers(program, ctx);
  registerOutbox(program, ctx);
  registerCalendar(program, ctx);
  registerCards(program, ctx);
  registerPayment(program, ctx);
  registerCenter(program, ctx);
  registerEnrol(program, ctx);
  registerHall(program, ctx);
  return { program, ctx };
}

/**
 * Runs the CLI and returns the exit code; errors go to stderr as one clear line. `io` replaces
 * the process's streams and environment (the caller keeps its own process: nothing here exits it).
 */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const { program, ctx } = buildProgram(io);
  // Before any subcommand `-v` can only mean the version.
  const args = argv[0] === '-v' ? ['--version', ...argv.slice(1)] : [...argv];
  // Device timers (printer polls, backoff, answer waits) are unref'd so they never keep a kiosk
  // from stopping; a command waiting on them would let Node exit mid-wait with nothing said and
  // status 0. This keeps the process alive until the command has its answer or its own timeout.
  const hold = setInterval(() => undefined, 60_000);
  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode;
    }
    if (err instanceof CliError) {
      ctx.io.stderr(`kiosk: ${err.message}\n`);
      return err.exitCode;
    }
    if (isApiError(err)) {
      ctx.io.stderr(`kiosk: ${err.code}: ${err.message}\n`);
      return 1;
    }
    ctx.io.stderr(`kiosk: ${errorMessage(err)}\n`);
    return 1;
  } finally {
    await ctx.close();
    clearInterval(hold);
  }
}
