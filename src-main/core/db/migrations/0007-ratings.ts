import type { Migration } from '../migration';

/**
 * Satisfaction ratings after a finished flow. Only the face chosen, the flow and the screen
 * language are kept: nothing that could name the visitor. The same fact travels to the center
 * server as a `rating.submitted` outbox event.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'ratings',
  up(db) {
    db.exec(`
      CREATE TABLE ratings (
        id TEXT PRIMARY KEY NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
        flow TEXT NOT NULL,
        language TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX ratings_created_at ON ratings (created_at);
    `);
  },
};
