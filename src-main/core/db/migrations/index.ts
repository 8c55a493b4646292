import { type RetiredSlot, sequence } from '../migration';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-catalog';
import { migration0003 } from './0003-outbox-dossiers';
import { migration0004 } from './0004-tickets';
import { migration0005 } from './0005-auth';
import { migration0007 } from './0007-ratings';
import { migration0008 } from './0008-feedback';
import { migration0009 } from './0009-hall';
import { migration0010 } from './0010-print-handoff';
import { migration0011 } from './0011-print-jobs';
import { migration0012 } from './0012-dossier-person-keys';
import { migration0013 } from './0013-hall-member-kiosks';

/**
 * Numbers that stay empty for ever. Kiosks in the field have recorded 0001–0005 and 0007, so these
 * are never renumbered and a new step never takes a retired number: it takes the next one.
 */
export const retiredMigrations: readonly RetiredSlot[] = [
  { version: 6, reason: 'reserved for device settings while numbers were handed out per feature; never shipped' },
];

/** Every migration in the order written (see docs/architecture.md, "Migrations"). */
export const migrations = sequence(
  [
    migration0001,
    migration0002,
    migration0003,
    migration0004,
    migration0005,
    migration0007,
    migration0008,
    migration0009,
    migration0010,
    migration0011,
    migration0012,
    migration0013,
  ],
  retiredMigrations,
);
