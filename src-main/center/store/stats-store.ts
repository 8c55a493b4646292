import type { OfficeStats } from '../../api/center/office';
import { centerDate } from '../../api/center-clock';
import type { SqlEngine } from '../db/sql-engine';

/** ISO 8601 week of a day (`2026-W49`): weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeek(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  // The Thursday of the same week decides the year the week belongs to.
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Satisfaction and waiting, from the events kiosks sent (ratings; tickets issued and served). */
export class StatsStore {
  constructor(private readonly db: SqlEngine) {}

  async stats(communeId: string | null, since: Date): Promise<OfficeStats> {
    const sinceIso = since.toISOString();
    const scope = 'AND (CAST(? AS TEXT) IS NULL OR e.commune_id = ?)';
    const ratings = await this.db.all<{ occurred_at: string; data: string }>(
      `SELECT e.occurred_at, e.data FROM events e WHERE e.type = 'rating.submitted' AND e.occurred_at >= ? ${scope}`,
      [sinceIso, communeId, communeId],
    );
    const byKey = new Map<string, { flow: string; week: string; byScore: number[] }>();
    const weeks = new Set<string>();
    for (const r of ratings) {
      const data = JSON.parse(r.data) as { score?: unknown; flow?: unknown };
      const score = Number(data.score);
      if (!Number.isInteger(score) || score < 1 || score > 4) continue;
      const flow = typeof data.flow === 'string' ? data.flow : 'other';
      // The commune's week: a rating at 06:00 on a Monday in Viet Nam is 23:00 UTC on the Sunday before.
      const week = isoWeek(centerDate(r.occurred_at));
      weeks.add(week);
      const key = `${flow}|${week}`;
      const entry = byKey.get(key) ?? { flow, week, byScore: [0, 0, 0, 0] };
      entry.byScore[score - 1] = (entry.byScore[score - 1] ?? 0) + 1;
      byKey.set(key, entry);
    }
    const tickets = await this.db.all<{
      commune_id: string;
      commune_name: string;
      kiosk_id: string;
      type: string;
      occurred_at: string;
      data: string;
    }>(
      `SELECT e.commune_id, c.name AS commune_name, e.kiosk_id, e.type, e.occurred_at, e.data FROM events e
         JOIN communes c ON c.id = e.commune_id
       WHERE e.type IN ('ticket.issued', 'ticket.served') AND e.occurred_at >= ? ${scope}`,
      [sinceIso, communeId, communeId],
    );
    const perCommune = new Map<string, { name: string; issued: Map<string, number>; served: Map<string, number> }>();
    for (const t of tickets) {
      const c = perCommune.get(t.commune_id) ?? { name: t.commune_name, issued: new Map(), served: new Map() };
      perCommune.set(t.commune_id, c);
      const ticketId = String((JSON.parse(t.data) as { ticketId?: unknown }).ticketId ?? '');
      if (!ticketId) continue;
      const key = `${t.kiosk_id}|${ticketId}`;
      const at = Date.parse(t.occurred_at);
      if (t.type === 'ticket.issued') c.issued.set(key, at);
      else if (!c.served.has(key) || (c.served.get(key) ?? 0) > at) c.served.set(key, at);
    }
    return {
      weeks: [...weeks].sort(),
      ratings: [...byKey.values()]
        .sort((a, b) => a.week.localeCompare(b.week) || a.flow.localeCompare(b.flow))
        .map((e) => {
          const count = e.byScore.reduce((s, n) => s + n, 0);
          const average = e.byScore.reduce((s, n, i) => s + n * (i + 1), 0) / count;
          return { flow: e.flow, week: e.week, count, average: round1(average), byScore: e.byScore };
        }),
      waiting: [...perCommune.entries()]
        .map(([id, c]) => {
          const waits = [...c.served.entries()]
            .map(([key, at]) => (c.issued.has(key) ? (at - (c.issued.get(key) ?? at)) / 60_000 : null))
            .filter((w): w is number => w !== null && w >= 0)
            .sort((a, b) => a - b);
          return {
            communeId: id,
            communeName: c.name,
            tickets: c.issued.size,
            served: c.served.size,
            averageWaitMin: waits.length ? round1(waits.reduce((s, w) => s + w, 0) / waits.length) : null,
            p90WaitMin: percentile(waits, 0.9) === null ? null : round1(percentile(waits, 0.9) as number),
          };
        })
        .sort((a, b) => a.communeName.localeCompare(b.communeName, 'vi')),
    };
  }
}
