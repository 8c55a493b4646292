import type { ConfigStore } from '../config/config-store';
import { WorkingCalendar } from './working-calendar';

let cached: { key: string; calendar: WorkingCalendar } | null = null;

/** The working calendar for the current settings, rebuilt only when the lists change. */
export function calendarFor(config: Pick<ConfigStore, 'get'>): WorkingCalendar {
  const adjustments = {
    extraDaysOff: config.get('calendar.extraDaysOff'),
    extraWorkingDays: config.get('calendar.extraWorkingDays'),
    dayEndsAt: config.get('calendar.dayEndsAt'),
  };
  const key = JSON.stringify(adjustments);
  if (cached?.key !== key) cached = { key, calendar: new WorkingCalendar(adjustments) };
  return cached.calendar;
}
