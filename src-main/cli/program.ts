import { Command, CommanderError } from 'commander';
import { isApiError } from '../api/errors';
import { readAppVersion } from '../core/system/app-version';
import { CliContext, CliError, PACKAGE_JSON } from './cli-context';
import { registerAuth } from './commands/auth';
import { registerCalendar } from './commands/calendar';
import { registerCatalog } from './commands/catalog';
import { registerConfig } from './commands/config';
import { registerDevices } from './commands/devices';
import { registerDossiers } from './commands/dossiers';
import { registerHall } from './commands/hall';
import { registerInfo } from './commands/info';
import { registerLogs } from './commands/logs';
import { registerOutbox } from './commands/outbox';
import { registerTickets } from './commands/tickets';

/** Builds the technician CLI. Each feature adds its subcommands with one `register…` call. */
export function buildProgram(stdout?: (text: string) => void): { program: Command; ctx: CliContext } {
  const program = new Command('kiosk');
  const ctx = new CliContext(program, stdout);
  program
    .description('Technician CLI for the commune service-center kiosk')
    .version(readAppVersion(PACKAGE_JSON), '-v, --version')
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
  registerHall(program, ctx);
  return { program, ctx };
}

/** Runs the CLI and returns the exit code; errors go to stderr as one clear line. */
export async function runCli(argv: readonly string[], io = { stderr: (t: string) => process.stderr.write(t) }): Promise<number> {
  const { program, ctx } = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode;
    }
    if (err instanceof CliError) {
      io.stderr(`kiosk: ${err.message}\n`);
      return err.exitCode;
    }
    if (isApiError(err)) {
      io.stderr(`kiosk: ${err.code}: ${err.message}\n`);
      return 1;
    }
    io.stderr(`kiosk: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
}
