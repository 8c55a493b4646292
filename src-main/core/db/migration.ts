import type { Database } from 'better-sqlite3';

/** One numbered schema step; files are `NNNN-kebab.ts` and listed in `migrations/index.ts`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
