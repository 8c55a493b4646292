import type { Command } from 'commander';
import { LOG_TAIL_MAX, LogLevel } from '../../api/channels/logs';
import { exportLogs } from '../../core/logging/log-export';
import { kioskLogFile } from '../../core/logging/log-files';
import { tailLog } from '../../core/logging/log-reader';
import { type CliContext, CliError } from '../cli-context';

/** `kiosk logs …`: the same lines and export the technician screen offers, over a remote shell. */
export function registerLogs(program: Command, ctx: CliContext): void {
  const logs = program.command('logs').description('Read and export the kiosk log');

  logs
    .command('tail')
    .description(`Print the newest lines (at most ${LOG_TAIL_MAX}), oldest first`)
    .option('-n, --lines <n>', 'how many lines', '50')
    .option('--level <level>', 'lowest level to show: debug, info, warn, error', 'debug')
    .action((opts: { lines: string; level: string }) => {
      const n = Number(opts.lines);
      if (!Number.isInteger(n) || n < 1 || n > LOG_TAIL_MAX) throw new CliError(`--lines must be 1..${LOG_TAIL_MAX}`);
      const level = LogLevel.safeParse(opts.level);
      if (!level.success) throw new CliError('--level must be debug, info, warn or error');
      const lines = tailLog(kioskLogFile(ctx.dataDir), n, level.data);
      const human = lines.map((l) => {
        const data = l.data ? ` ${JSON.stringify(l.data)}` : '';
        const corr = l.correlationId ? ` [${l.correlationId.slice(0, 8)}]` : '';
        return `${l.time} ${l.level.toUpperCase().padEnd(5)} ${l.module}${corr} ${l.msg}${data}`;
      });
      ctx.print(lines, human.join('\n'));
    });

  logs
    .command('export <dir>')
    .description('Copy every log file into one file in DIR (a USB drive), personal data masked')
    .action(async (dir: string) => {
      const kiosk = ctx.core();
      const result = await exportLogs(kioskLogFile(ctx.dataDir), dir, { kioskId: kiosk.kioskId, now: ctx.clock.now() });
      ctx.print(result, `Wrote ${result.lines} lines to ${result.file}.`);
    });
}
