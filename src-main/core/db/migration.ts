import type { Database } from 'better-sqlite3';
import type { Clock } from '../../api/center-clock';

/** One numbered schema step; files are `NNNN-kebab.ts` and listed in `migrations/index.ts`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** `clock`: the time a step stamps on rows it seeds (`migrate` passes its own; systemClock when absent). */
  up(db: Database, clock?: Clock): void;
}

/** A number that was reserved once and never shipped: it stays empty so no step can reuse it. */
export interface RetiredSlot {
  readonly version: number;
  readonly reason: string;
}

export type MigrationErrorCode =
  | 'migration-list-gap'
  | 'migration-duplicate'
  | 'migration-newer-database'
  | 'migration-renamed'
  | 'migration-out-of-order';

/** Why the schema could not be brought up to date; the database is left as it was. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** `0007-ratings`: how a step is named in messages and results. */
export const migrationLabel = (m: Readonly<{ version: number; name: string }>): string => `${String(m.version).padStart(4, '0')}-${m.name}`;

/**
 * The app's migrations, checked to be numbered 1, 2, 3 … in the order written, each number either
 * a step or a retired slot. A step merged with a number that leaves a hole fails here, at the
 * first test or start, instead of running in a different order on old and new kiosks.
 */
export function sequence(steps: readonly Migration[], retired: readonly RetiredSlot[]): readonly Migration[] {
  const byVersion = new Map<number, string>();
  for (const slot of [...steps, ...retired]) {
    const name = 'name' in slot ? slot.name : `retired: ${slot.reason}`;
    const other = byVersion.get(slot.version);
    if (other !== undefined)
      throw new MigrationError('migration-duplicate', `two migrations share number ${slot.version}: ${other}, ${name}`);
    byVersion.set(slot.version, name);
  }
  const top = Math.max(0, ...byVersion.keys());
  for (let version = 1; version <= top; version++) {
    if (!byVersion.has(version)) {
      throw new MigrationError(
        'migration-list-gap',
        `migration ${String(version).padStart(4, '0')} is missing: number steps in the order they are written, or list the number as retired in migrations/index.ts`,
      );
    }
  }
  const versions = steps.map((s) => s.version);
  if (versions.some((v, i) => i > 0 && v < (versions[i - 1] ?? 0))) {
    throw new MigrationError('migration-list-gap', 'migrations/index.ts must list the steps in number order');
  }
  return steps;
}
