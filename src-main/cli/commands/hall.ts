import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { errorMessage } from '../../api/error-message';
import { HALL_KIOSK_IDS_HEADER } from '../../api/hall';
import { createKiosk } from '../../core/kiosk/create-kiosk';
import { createLogger } from '../../core/logging/logger';
import { readAppVersion } from '../../core/system/app-version';
import { startHallServer } from '../../shells/hall/hall-server';
import { type CliContext, CliError, PACKAGE_JSON } from '../cli-context';

const ROOT = new URL('../../../', import.meta.url);

/**
 * `kiosk hall …`: run a headless hall host, and pair or revoke its LAN devices (docs/hall.md).
 * Pairing works on the data directory, so it can run next to a running host.
 */
export function registerHall(program: Command, ctx: CliContext): void {
  const hall = program.command('hall').description('The hall host: one queue for the kiosks, counters and display of a hall');

  hall
    .command('serve')
    .description('Run the hall host without a screen (counter console at /counter, hall display at /display)')
    .option('--port <port>', 'TCP port on every interface (default: hall.port, 8790)')
    .option('--bind <address>', 'listen on this address only', '0.0.0.0')
    .action(async (opts: { port?: string; bind: string }) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535))
        throw new CliError(`--port must be 0..65535, not ${opts.port}`);
      const sink = ctx.logSink();
      const kiosk = createKiosk({
        dataDir: ctx.dataDir,
        shell: 'cli',
        appVersion: readAppVersion(PACKAGE_JSON),
        clock: ctx.clock,
        logSink: sink,
      });
      const server = await startHallServer(kiosk.hall, {
        rendererDir: fileURLToPath(new URL('out/renderer', ROOT)),
        audioDir: fileURLToPath(new URL('assets/audio', ROOT)),
        log: createLogger(sink, 'shell.hall'),
        port: port ?? kiosk.config.get('hall.port'),
        bind: opts.bind,
      });
      ctx.stdout(`Hall host ready on port ${server.port}: http://<this machine>:${server.port}/counter and /display\n`);
      ctx.stdout(`Data directory: ${ctx.dataDir}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      await kiosk.close();
    });

  hall
    .command('pair')
    .description('Make a 6-digit pairing code for a counter, display or member kiosk (valid 10 minutes)')
    .action(() => {
      const code = ctx.core().hall.pairing.start();
      ctx.print(code, `Pairing code: ${code.code} (valid until ${code.expiresAt})`);
    });

  hall
    .command('join')
    .description('Make this kiosk a member of a hall: pair it with the host using a code from the host')
    .argument('<host-url>', 'the hall host, e.g. http://192.168.1.10:8790')
    .argument('<code>', 'the 6-digit pairing code shown on the host')
    .option('--name <name>', 'how the host lists this kiosk', 'Kiosk')
    .action(async (hostUrl: string, code: string, opts: { name: string }) => {
      const base = hostUrl.replace(/\/+$/, '');
      const pair = async (withId: boolean) => {
        const res = await fetch(`${base}/api/hall/pair`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          // The kiosk id its QR codes print, so the host knows them as this hall's (docs/hall.md).
          body: JSON.stringify({ code, kind: 'kiosk', name: opts.name, ...(withId ? { kioskId: ctx.core().kioskId } : {}) }),
          signal: AbortSignal.timeout(10_000),
        });
        const reply = (await res.json().catch(() => null)) as {
          ok?: boolean;
          result?: { token?: string };
          error?: { message?: string };
        } | null;
        return { reply, refusedAsOlder: res.status === 400 && res.headers.get(HALL_KIOSK_IDS_HEADER) !== '1' };
      };
      let answer: Awaited<ReturnType<typeof pair>>;
      let older = false;
      try {
        answer = await pair(true);
        // A host of an older version refuses `kioskId` before it looks at the code: pair as it understands.
        if (!answer.reply?.ok && answer.refusedAsOlder) {
          older = true;
          answer = await pair(false);
        }
      } catch (err) {
        throw new CliError(`the hall host at ${base} does not answer (${errorMessage(err)})`);
      }
      const { reply } = answer;
      const token = reply?.result?.token;
      if (!reply?.ok || !token) throw new CliError(`pairing refused: ${reply?.error?.message ?? 'no answer'}`);
      ctx.core().config.setMany({ 'hall.role': 'member', 'hall.hostUrl': base, 'hall.deviceToken': token });
      ctx.print(
        { role: 'member', hostUrl: base, hostKnowsKioskIds: !older },
        `This kiosk is now a member of the hall at ${base}.${
          older
            ? '\nThe host is of an older version and does not know kiosk ids: tickets printed at other kiosks are not told here until it is updated (docs/hall.md, "Order of updates").'
            : ''
        }`,
      );
    });

  hall
    .command('devices')
    .description('List paired devices')
    .action(() => {
      const hall = ctx.core().hall;
      const list = hall.kiosks.withReported(hall.pairing.list());
      // A member kiosk shows the kiosk ids its QR codes print (none: an older version that never told).
      const ids = (d: (typeof list)[number]) =>
        d.kind !== 'kiosk' ? '' : `  kiosk id ${d.kioskIds.map((k) => `${k.kioskId} (last ${k.lastSeenAt})`).join(', ') || 'not reported'}`;
      ctx.print(
        list,
        list.length === 0
          ? 'No paired devices.'
          : list.map((d) => `${d.id}  ${d.kind.padEnd(8)} ${d.name}${ids(d)}${d.revokedAt ? `  (revoked ${d.revokedAt})` : ''}`).join('\n'),
      );
    });

  hall
    .command('revoke')
    .description('Revoke a paired device: its token stops working at once')
    .argument('<id>', 'device id from `kiosk hall devices`')
    .action((id: string) => {
      const d = ctx.core().hall.pairing.revoke(id);
      ctx.print(d, `Revoked ${d.kind} ${d.name}.`);
    });
}
