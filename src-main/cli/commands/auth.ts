import type { Command } from 'commander';
import { PIN_MIN_LENGTH, PinRole } from '../../api/channels/auth';
import { type CliContext, CliError } from '../cli-context';
import { type CliIo, terminalOf } from '../cli-io';
import { promptSecret, readFirstLine } from '../input/read-secret';

function parseRole(value: string): PinRole {
  const parsed = PinRole.safeParse(value);
  if (!parsed.success) throw new CliError(`--role must be staff or technician, got ${value}`);
  return parsed.data;
}

/** Asks twice on a terminal; takes one line from a pipe (for provisioning scripts). */
async function askNewPin(role: PinRole, io: CliIo): Promise<string> {
  const terminal = terminalOf(io.stdin);
  if (!terminal) return readFirstLine(io.stdin);
  const hint = `New ${role} PIN (${PIN_MIN_LENGTH[role]}–12 digits): `;
  const first = await promptSecret(hint, terminal, io.stderr);
  const second = await promptSecret('Again, to confirm: ', terminal, io.stderr);
  if (first !== second) throw new CliError('the two PINs differ; nothing was changed');
  return first;
}

/**
 * `kiosk auth …`: PINs from a remote shell. Whoever has a shell on the kiosk already owns it, so
 * setting a PIN or ending a lockout here needs no PIN. The PIN is never taken as an argument
 * (it would stay in the shell history and in `ps`).
 */
export function registerAuth(program: Command, ctx: CliContext): void {
  const auth = program.command('auth').description('Staff and technician PINs');

  auth
    .command('status')
    .description('Show which PINs are set and whether one is locked')
    .action(() => {
      const status = ctx.core().auth.status();
      const line = (role: PinRole) => {
        const s = status[role];
        const state = !s.set ? 'not set' : s.lockedUntil ? `locked until ${s.lockedUntil}` : `set (${s.attemptsLeft} tries left)`;
        return `${role.padEnd(10)} ${state}`;
      };
      ctx.print(status, [line('technician'), line('staff')].join('\n'));
    });

  auth
    .command('set-pin')
    .description('Set a PIN (asks on the terminal, or reads one line from a pipe)')
    .requiredOption('--role <role>', 'staff or technician')
    .action(async (opts: { role: string }) => {
      const role = parseRole(opts.role);
      const pin = await askNewPin(role, ctx.io);
      await ctx.core().auth.setPin(role, pin, 'cli');
      ctx.print({ role, set: true }, `The ${role} PIN is set.`);
    });

  auth
    .command('unlock')
    .description('End a PIN lockout now (after five wrong tries)')
    .requiredOption('--role <role>', 'staff or technician')
    .action((opts: { role: string }) => {
      const role = parseRole(opts.role);
      ctx.core().auth.unlock(role, 'cli');
      ctx.print({ role, locked: false }, `The ${role} PIN is unlocked.`);
    });
}
