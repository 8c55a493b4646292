import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RatingInput } from '../../api/channels/ratings';
import type { Database } from '../db/open-database';
import { allRows } from '../db/rows';
import { enqueueEvent } from '../outbox/enqueue';

export interface RatingSummary {
  readonly count: number;
  /** Ratings per score, index 0 for score 1. */
  readonly byScore: readonly [number, number, number, number];
}

/**
 * Keeps a rating and queues it for the center server in the same transaction, so the server gets
 * exactly the ratings the kiosk stored (the outbox delivers once, with its idempotency key).
 */
export function recordRating(db: Database, input: RatingInput, now: Date): { id: string } {
  const id = randomUUID();
  const at = now.toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO ratings (id, score, flow, language, created_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      input.score,
      input.flow,
      input.language,
      at,
    );
    enqueueEvent(db, {
      type: 'rating.submitted',
      occurredAt: at,
      data: { ratingId: id, score: input.score, flow: input.flow, language: input.language },
    });
  })();
  return { id };
}

const ScoreCount = z.object({ score: z.number().int().min(1).max(4), n: z.number().int() });

/** Counts since a moment (ISO time), for technicians and reports. */
export function summarizeRatings(db: Database, sinceIso = ''): RatingSummary {
  const rows = allRows(ScoreCount, db.prepare('SELECT score, COUNT(*) AS n FROM ratings WHERE created_at >= ? GROUP BY score'), sinceIso);
  const byScore: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of rows) byScore[r.score - 1] = r.n;
  return { count: byScore.reduce((a, b) => a + b, 0), byScore };
}
