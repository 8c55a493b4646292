import type { Migration } from '../migration';
import { migration0001 } from './0001-init';
import { migration0004 } from './0004-tickets';

/** Every migration in order. Numbers are taken per feature: see docs/architecture.md. */
export const migrations: readonly Migration[] = [migration0001, migration0004];
