import type { Migration } from '../migration';
import { migration0001 } from './0001-init';
import { migration0002 } from './0002-catalog';
import { migration0003 } from './0003-outbox-dossiers';
import { migration0004 } from './0004-tickets';
import { migration0005 } from './0005-auth';
import { migration0007 } from './0007-ratings';
import { migration0009 } from './0009-hall';

/** Every migration in order. Numbers are taken per feature: see docs/architecture.md. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0007,
  migration0009,
];
