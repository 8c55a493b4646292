import type { Command } from 'commander';
import { isValidDossierCode, normalizeDossierCode } from '../../api/codes';
import { createLogger } from '../../core/logging/logger';
import { systemTimers } from '../../core/outbox/center-client';
import { SyncWorker } from '../../core/outbox/sync-worker';
import { type CliContext, CliError } from '../cli-context';

function positiveSeconds(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400)
    throw new CliError(`--timeout-s must be a number of seconds from 1 to 86400, got ${text}`);
  return n;
}

/** `kiosk outbox status|retry` and `kiosk sync`. */
export function registerOutbox(program: Command, ctx: CliContext): void {
  const outbox = program.command('outbox').description('What is waiting to reach the center server');

  outbox
    .command('status')
    .description('Counts by state, and the failed items with the server’s reason')
    .action(() => {
      const { store } = ctx.core().outbox;
      const counts = store.counts();
      const failed = store.list('failed', 50);
      const lines = [`pending ${counts.pending}  sending ${counts.sending}  sent ${counts.sent}  failed ${counts.failed}`];
      for (const f of failed) lines.push(`  failed ${f.kind} ${f.idempotencyKey}: ${f.lastError ?? '?'} (${f.attempts} attempts)`);
      ctx.print(counts, lines.join('\n'));
    });

  outbox
    .command('retry [code]')
    .description('Send a failed item again (a dossier code or event id), or every failed item with --all-failed')
    .option('--all-failed', 'retry every failed item')
    .action((code: string | undefined, opts: { allFailed?: boolean }) => {
      if (!code && !opts.allFailed) throw new CliError('give a dossier code or --all-failed');
      if (code && opts.allFailed) throw new CliError('give either a code or --all-failed, not both');
      const { store } = ctx.core().outbox;
      const now = ctx.clock.now().toISOString();
      let key = code ?? '';
      if (code && isValidDossierCode(code)) key = normalizeDossierCode(code);
      const retried = opts.allFailed ? store.retry({ allFailed: true }, now) : store.retry({ key }, now);
      if (!opts.allFailed && retried === 0) throw new CliError(`no failed item ${code}`);
      ctx.print({ retried }, `${retried} item(s) will be sent again`);
    });

  program
    .command('sync')
    .description('Deliver the outbox to the center server now')
    .option('--server <url>', 'center server URL (default: config server.url)')
    .option('--token <token>', 'kiosk token (default: config server.token)')
    .option('--until-empty', 'keep going, waiting out backoffs, until nothing is pending')
    .option('--timeout-s <seconds>', 'give up after this long (default 60)', '60')
    .action(async (opts: { server?: string; token?: string; untilEmpty?: boolean; timeoutS: string }) => {
      const timeoutS = positiveSeconds(opts.timeoutS);
      const kiosk = ctx.core();
      const url = opts.server ?? kiosk.config.get('server.url');
      if (!url) throw new CliError('no center server: pass --server URL or set server.url');
      try {
        new URL(url);
      } catch {
        throw new CliError(`--server: not a URL: ${url}`);
      }
      const token = opts.token ?? kiosk.config.get('server.token');
      const worker = new SyncWorker({
        db: kiosk.db,
        fetch: (input, init) => fetch(input, init),
        clock: ctx.clock,
        timers: systemTimers,
        random: Math.random,
        log: createLogger(ctx.logSink(), 'cli.sync'),
        endpoint: () => ({ url, token, kioskId: kiosk.kioskId }),
      });
      let sent = 0;
      worker.onResult((r) => {
        if (r.kind === 'sent') sent += r.items.length;
      });
      worker.recover();
      const counts = await worker.drain({ deadlineMs: ctx.clock.now().getTime() + timeoutS * 1000, untilEmpty: opts.untilEmpty === true });
      ctx.print({ ...counts, sentNow: sent }, `sent ${sent} now; pending ${counts.pending}  sent ${counts.sent}  failed ${counts.failed}`);
      if (opts.untilEmpty && counts.pending + counts.sending > 0) {
        throw new CliError(`${counts.pending} item(s) still pending after ${timeoutS} s`);
      }
    });
}
