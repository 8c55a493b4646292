import type { Command } from 'commander';
import type { ServiceNames, Ticket } from '../../api/channels/tickets';
import { dayStats } from '../../core/hall/hall-stats';
import { createLogger } from '../../core/logging/logger';
import { systemTimers } from '../../core/outbox/center-client';
import { PrintQueue } from '../../core/printing/print-queue';
import { type IssueRequest, TicketService } from '../../core/tickets/ticket-service';
import { type CliContext, CliError } from '../cli-context';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The CLI's own limit on waiting for paper: longer than the device layer's wait for a job. */
const CLI_PRINT_ANSWER_MS = 30_000;

function nameIn(names: ServiceNames, language: string): string {
  return (names as Record<string, string | undefined>)[language] || names.en || names.vi;
}

function printNote(t: Ticket): string {
  switch (t.print.state) {
    case 'printed':
      return 'printed';
    case 'queued':
      return `waiting in the printer queue (${t.print.reason ?? 'printer not ready'})`;
    case 'pending':
      return 'sent to the printer, no answer yet';
    case 'failed':
      return `NOT printed (${t.print.reason ?? 'error'})`;
    default: {
      const unhandled: never = t.print.state;
      throw new Error(`unhandled print state ${String(unhandled)}`);
    }
  }
}

/**
 * Issues through a TicketService that owns this command's printer (the configured one, or the
 * emulator), so the CLI prints exactly as the screens do, in the same numbering.
 */
async function issueWithPrinter(ctx: CliContext, req: IssueRequest): Promise<Ticket> {
  // Drivers and fonts load only for the commands that print.
  const { openDevices } = await import('./hardware-session');
  const session = await openDevices(ctx, ['printer']);
  const kiosk = session.kiosk;
  // The kiosk's own print queue table, drained here by this command's printer: a job still
  // waiting when the command ends stays queued and the kiosk prints it.
  const printing = new PrintQueue({
    db: kiosk.db,
    devices: session.devices,
    clock: ctx.clock,
    log: createLogger(ctx.logSink(), 'cli.printing'),
    timers: systemTimers,
  });
  const tickets = new TicketService({
    db: kiosk.db,
    clock: ctx.clock,
    config: kiosk.config,
    bus: kiosk.bus,
    log: createLogger(ctx.logSink(), 'cli.tickets'),
    kioskId: kiosk.kioskId,
    printing,
    // Not a citizen waiting at a screen: wait for the printer's own answer, so a slow printer is
    // told apart from a lost one.
    printAnswerMs: CLI_PRINT_ANSWER_MS,
  });
  printing.start();
  try {
    return await tickets.issue(req);
  } finally {
    tickets.close();
    printing.close();
    await session.close();
  }
}

/** `kiosk ticket …`: the queue from the technician's terminal, through the same core as the screens. */
export function registerTickets(program: Command, ctx: CliContext): void {
  const ticket = program.command('ticket').description('Queue tickets: services, issue, today’s list');
  const language = () => ctx.core().config.get('ui.defaultLanguage');

  ticket
    .command('services')
    .description('List the active queue services')
    .action(() => {
      const lang = language();
      const services = ctx.core().tickets.available();
      ctx.print(
        services.map((s) => ({ id: s.id, prefix: s.prefix, name: nameIn(s.names, lang) })),
        services
          .map(
            (s) =>
              `${s.prefix}  ${s.id.padEnd(16)} ${nameIn(s.names, lang)}  (counter ${s.counters.join(', ')}; ${s.open ? 'open' : 'closed'}; ${s.waiting} waiting)`,
          )
          .join('\n') || 'No active services.',
      );
    });

  ticket
    .command('issue')
    .description('Issue the next number of a service and print it')
    .argument('<serviceId>', 'service id, as `ticket services` lists them')
    .option('--priority', 'priority ticket (elderly, disability, pregnancy, small children)')
    .action(async (serviceId: string, opts: { priority?: boolean }) => {
      const kiosk = ctx.core();
      const lang = language();
      // An unknown service is refused before any device is opened.
      kiosk.tickets.services.get(serviceId);
      const t = await issueWithPrinter(ctx, { serviceId, priority: opts.priority === true, language: lang, source: 'cli' });
      const service = nameIn(t.names, lang);
      ctx.print(
        { number: t.number, service, issuedAt: t.issuedAt, waitingAhead: t.waitingAhead },
        `${t.number}${t.priority ? ' (priority)' : ''}  ${service}  ${t.waitingAhead} waiting ahead  ${printNote(t)}`,
      );
      // The number exists either way; paper that did not come out is a failure the caller must see.
      // JSON on stdout stays exactly the documented shape; the paper's fate goes to stderr.
      if (t.print.state !== 'printed') throw new CliError(`ticket ${t.number} ${printNote(t)}`, 2);
    });

  ticket
    .command('stats')
    .description('A day of the hall queue in figures: issued and served by hour, waits per service (docs/hall.md)')
    .option('--date <YYYY-MM-DD>', 'the day (default: today in center time)')
    .action((opts: { date?: string }) => {
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new CliError(`--date must be YYYY-MM-DD, not ${opts.date}`);
      const core = ctx.core();
      const stats = dayStats(core.db, opts.date ?? core.hall.queue.today());
      const human = [
        `Hall queue on ${stats.day}`,
        ...stats.hours.map((h) => `${String(h.hour).padStart(2, '0')}:00  issued ${h.issued}  served ${h.served}`),
        ...stats.services.map(
          (s) =>
            `${s.serviceId}: issued ${s.issued}, served ${s.served}, no-show ${s.noShow}, wait avg ${s.avgWaitMin ?? '–'} min, longest ${s.maxWaitMin ?? '–'} min`,
        ),
      ];
      ctx.print(stats, human.join('\n'));
    });

  ticket
    .command('list')
    .description('List the tickets of a day in calling order')
    .option('--today', 'today’s tickets (the default)')
    .option('--date <YYYY-MM-DD>', 'the tickets of another day')
    .action((opts: { today?: boolean; date?: string }) => {
      if (opts.today && opts.date) throw new CliError('give either --today or --date, not both');
      if (opts.date && !DAY.test(opts.date)) throw new CliError(`--date must look like 2026-11-23, got ${opts.date}`);
      const kiosk = ctx.core();
      const lang = language();
      const list = kiosk.tickets.list(opts.date ? { day: opts.date } : {});
      ctx.print(
        list.map((t) => ({
          id: t.id,
          number: t.number,
          serviceId: t.serviceId,
          service: nameIn(t.names, lang),
          priority: t.priority,
          status: t.status,
          source: t.source,
          issuedAt: t.issuedAt,
          closedAt: t.closedAt,
          waitingAhead: t.waitingAhead,
          print: t.print.state,
        })),
        list
          .map((t) => `${t.number.padEnd(6)} ${t.priority ? 'P' : ' '} ${t.status.padEnd(8)} ${nameIn(t.names, lang)}  ${printNote(t)}`)
          .join('\n') || 'No tickets.',
      );
    });
}
