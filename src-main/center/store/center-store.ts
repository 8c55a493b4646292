import type { SqlEngine } from '../db/sql-engine';
import { CatalogStore } from './catalog-store';
import { DossierStore } from './dossier-store';
import { EventStore } from './event-store';
import { FeedbackStore } from './feedback-store';
import { InboxStore } from './inbox-store';
import { KioskStore } from './kiosk-store';
import { StaffStore } from './staff-store';
import { StatsStore } from './stats-store';

/**
 * The center's one store: the same classes run on either engine (`SqlEngine` has a SQLite and a
 * PostgreSQL implementation), so both are held to one test suite.
 */
export interface CenterStore {
  readonly engine: SqlEngine;
  readonly kiosks: KioskStore;
  readonly dossiers: DossierStore;
  readonly events: EventStore;
  readonly feedback: FeedbackStore;
  readonly staff: StaffStore;
  readonly catalogs: CatalogStore;
  readonly inbox: InboxStore;
  readonly stats: StatsStore;
}

export function centerStore(engine: SqlEngine): CenterStore {
  return {
    engine,
    kiosks: new KioskStore(engine),
    dossiers: new DossierStore(engine),
    events: new EventStore(engine),
    feedback: new FeedbackStore(engine),
    staff: new StaffStore(engine),
    catalogs: new CatalogStore(engine),
    inbox: new InboxStore(engine),
    stats: new StatsStore(engine),
  };
}
