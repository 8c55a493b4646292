import type { Command } from 'commander';
import { openCenterEngine } from '../../center/db/open-engine';
import { startCenter } from '../../center/start-center';
import { type CenterStore, centerStore } from '../../center/store/center-store';
import { createLogger, type LogRecord } from '../../core/logging/logger';
import { type CliContext, CliError } from '../cli-context';
import { type CliIo, terminalOf } from '../cli-io';
import { promptSecret, readFirstLine } from '../input/read-secret';

const DEFAULT_DB = 'sqlite:center.db';

/** Center logs are JSON lines on stderr (a service manager keeps them); personal data is masked by the logger. */
const stderrLog = (io: CliIo) => (record: LogRecord) => void io.stderr(`${JSON.stringify(record)}\n`);

async function withStore<T>(db: string, fn: (store: CenterStore) => Promise<T>): Promise<T> {
  const engine = await openCenterEngine(db);
  try {
    return await fn(centerStore(engine));
  } finally {
    await engine.close();
  }
}

function port(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port must be 0 to 65535, not "${text}"`, 2);
  return n;
}

/** The password from the environment, a terminal (asked twice) or one line of a pipe: never from argv. */
async function readPassword(envName: string, io: CliIo): Promise<string> {
  let password = io.env[envName] ?? '';
  const terminal = terminalOf(io.stdin);
  if (!password && terminal) {
    password = await promptSecret('Password (at least 10 characters): ', terminal, io.stderr);
    if ((await promptSecret('Again, to confirm: ', terminal, io.stderr)) !== password) throw new CliError('the two passwords differ', 2);
  } else if (!password) {
    password = await readFirstLine(io.stdin);
  }
  if (password.length < 10) throw new CliError(`give a password of at least 10 characters in ${envName} or on stdin`, 2);
  return password;
}

/**
 * `kiosk center …`: the center server (the other end of the kiosk contract and the back office)
 * and the few set-up steps that come before the back office can be used.
 */
export function registerCenter(program: Command, ctx: CliContext): void {
  const center = program.command('center').description('Run and set up the center server (sqlite:FILE or postgres://…)');
  center
    .command('serve')
    .description('Serve the center contract and the back office until stopped')
    .option('--port <port>', 'TCP port', '8787')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <url>', 'sqlite:FILE (one commune) or postgres://user@host:port/db (a province)', DEFAULT_DB)
    .action(async (opts: { port: string; host: string; db: string }) => {
      const running = await startCenter({
        db: opts.db,
        clock: ctx.clock,
        port: port(opts.port),
        host: opts.host,
        log: createLogger(stderrLog(ctx.io), 'center'),
      });
      ctx.stdout(`center listening on ${running.url} (${opts.db.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL'})\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await running.close();
    });
  center
    .command('commune')
    .description('Add a commune or ward (or rename one)')
    .argument('<id>', 'short id, for example xa-ta-phin')
    .argument('<name>', 'its name, for example "Xã Tả Phìn"')
    .option('--db <url>', 'database', DEFAULT_DB)
    .action(async (id: string, name: string, opts: { db: string }) => {
      if (!/^[a-z0-9-]{2,60}$/.test(id)) throw new CliError('a commune id is 2 to 60 lower-case letters, digits or dashes', 2);
      await withStore(opts.db, (store) => store.kiosks.ensureCommune(id, name, ctx.clock.now()));
      ctx.print({ id, name }, `commune ${id} saved`);
    });
  center
    .command('staff')
    .description('Add a staff account; the password comes from CENTER_PASSWORD or stdin, never from argv')
    .argument('<username>')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'reception (one commune) or admin (the province)')
    .option('--commune <id>', 'the commune of a reception account')
    .option('--db <url>', 'database', DEFAULT_DB)
    .action(async (username: string, opts: { name: string; role: string; commune?: string; db: string }) => {
      if (opts.role !== 'reception' && opts.role !== 'admin') throw new CliError('--role is reception or admin', 2);
      if (opts.role === 'reception' && !opts.commune) throw new CliError('a reception account needs --commune', 2);
      const password = await readPassword('CENTER_PASSWORD', ctx.io);
      const role = opts.role;
      const member = await withStore(opts.db, (store) =>
        store.staff.add({ username, displayName: opts.name, password, role, communeId: opts.commune ?? null }, ctx.clock.now()),
      );
      ctx.print(member, `staff ${member.username} (${member.role}) added`);
    });
  center
    .command('enrol-code')
    .description('Issue a one-time code a kiosk of the commune trades for its own token')
    .requiredOption('--commune <id>')
    .option('--db <url>', 'database', DEFAULT_DB)
    .action(async (opts: { commune: string; db: string }) => {
      const issued = await withStore(opts.db, (store) => store.kiosks.issueEnrolment(opts.commune, 'cli', ctx.clock.now()));
      ctx.print(issued, `${issued.code}  (valid until ${issued.expiresAt})`);
    });
}
