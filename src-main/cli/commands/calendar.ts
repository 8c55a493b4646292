import type { Command } from 'commander';
import { centerDate } from '../../api/center-clock';
import { calendarFor } from '../../core/calendar/calendar-config';
import { type CliContext, CliError } from '../cli-context';

/** `kiosk calendar [YEAR]`: the days the expected result date skips, so a technician can check them. */
export function registerCalendar(program: Command, ctx: CliContext): void {
  program
    .command('calendar')
    .description('List the days off of a year (public holidays, make-up days and calendar.extraDaysOff)')
    .argument('[year]', 'year, 2000 to 2100 (default: this year)')
    .action((yearText: string | undefined) => {
      const year = yearText === undefined ? Number(centerDate(ctx.clock.now()).slice(0, 4)) : Number(yearText);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new CliError(`year must be a whole number from 2000 to 2100, not "${yearText}"`);
      const days = calendarFor(ctx.core().config).daysOff(year);
      ctx.print(days, days.map((d) => `${d.date}  ${d.name}`).join('\n'));
    });
}
