import { type OpeningHours, WEEKDAYS, type Weekday } from '../../../src-main/api/channels/tickets';

/** One weekday's hours as a technician types them: `07:30-11:30, 13:30-17:00`; empty is closed. */
export function formatDayHours(intervals: readonly { from: string; to: string }[]): string {
  return intervals.map((i) => `${i.from}-${i.to}`).join(', ');
}

const INTERVAL = /^(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})$/;

/** Reads a typed line back into intervals, or null when it is not in that shape. */
export function parseDayHours(text: string): { from: string; to: string }[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const out: { from: string; to: string }[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const m = INTERVAL.exec(part.trim());
    if (!m) return null;
    const [, h1, m1, h2, m2] = m as unknown as [string, string, string, string, string];
    out.push({ from: `${h1.padStart(2, '0')}:${m1}`, to: `${h2.padStart(2, '0')}:${m2}` });
  }
  return out;
}

/** Office hours of a commune center: mornings and afternoons on working days. */
export function defaultHours(): OpeningHours {
  const day = [
    { from: '07:30', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ];
  return Object.fromEntries(WEEKDAYS.map((d: Weekday) => [d, d === 'sat' || d === 'sun' ? [] : day])) as OpeningHours;
}
