/**
 * The center's schema, one list per engine with the same tables and constraints. Times are ISO
 * 8601 UTC text in both (they sort as text and read the same everywhere). Exactly-once lives in
 * the constraints: a dossier code is UNIQUE, an event batch is keyed by (kiosk, Idempotency-Key),
 * an event by (kiosk, event id).
 */
export interface CenterMigration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

const TABLES = (t: { text: string; serial: string; int: string }) => `
CREATE TABLE communes (
  id ${t.text} PRIMARY KEY NOT NULL,
  name ${t.text} NOT NULL,
  created_at ${t.text} NOT NULL
);
CREATE TABLE kiosks (
  id ${t.text} PRIMARY KEY NOT NULL,
  commune_id ${t.text} NOT NULL REFERENCES communes(id),
  token_hash ${t.text} NOT NULL UNIQUE,
  enrolled_at ${t.text} NOT NULL,
  revoked_at ${t.text},
  last_contact_at ${t.text},
  app_version ${t.text},
  backlog ${t.int},
  devices ${t.text},
  health_at ${t.text}
);
CREATE TABLE enrolment_codes (
  code_hash ${t.text} PRIMARY KEY NOT NULL,
  commune_id ${t.text} NOT NULL REFERENCES communes(id),
  created_by ${t.text} NOT NULL,
  created_at ${t.text} NOT NULL,
  expires_at ${t.text} NOT NULL,
  used_at ${t.text},
  kiosk_id ${t.text}
);
CREATE TABLE dossiers (
  seq ${t.serial},
  code ${t.text} NOT NULL UNIQUE,
  kiosk_id ${t.text} NOT NULL REFERENCES kiosks(id),
  commune_id ${t.text} NOT NULL REFERENCES communes(id),
  procedure_code ${t.text} NOT NULL,
  body ${t.text} NOT NULL,
  body_hash ${t.text} NOT NULL,
  received_at ${t.text} NOT NULL,
  status ${t.text} NOT NULL,
  note ${t.text} NOT NULL,
  updated_at ${t.text} NOT NULL,
  due_date ${t.text},
  delivery_method ${t.text} NOT NULL,
  tracking ${t.text},
  payment ${t.text} NOT NULL
);
CREATE INDEX dossiers_inbox ON dossiers (commune_id, status, received_at);
CREATE TABLE dossier_steps (
  id ${t.serial},
  code ${t.text} NOT NULL REFERENCES dossiers(code),
  step ${t.text} NOT NULL,
  note ${t.text} NOT NULL,
  tracking ${t.text},
  staff_id ${t.text},
  at ${t.text} NOT NULL
);
CREATE INDEX dossier_steps_code ON dossier_steps (code, id);
CREATE TABLE event_batches (
  kiosk_id ${t.text} NOT NULL,
  idempotency_key ${t.text} NOT NULL,
  body_hash ${t.text} NOT NULL,
  accepted ${t.int} NOT NULL,
  received_at ${t.text} NOT NULL,
  PRIMARY KEY (kiosk_id, idempotency_key)
);
CREATE TABLE events (
  kiosk_id ${t.text} NOT NULL,
  id ${t.text} NOT NULL,
  commune_id ${t.text} NOT NULL,
  type ${t.text} NOT NULL,
  occurred_at ${t.text} NOT NULL,
  data ${t.text} NOT NULL,
  PRIMARY KEY (kiosk_id, id)
);
CREATE INDEX events_type_time ON events (type, occurred_at);
CREATE TABLE staff (
  id ${t.text} PRIMARY KEY NOT NULL,
  username ${t.text} NOT NULL UNIQUE,
  display_name ${t.text} NOT NULL,
  password_hash ${t.text} NOT NULL,
  role ${t.text} NOT NULL CHECK (role IN ('reception', 'admin')),
  commune_id ${t.text} REFERENCES communes(id),
  created_at ${t.text} NOT NULL,
  disabled_at ${t.text}
);
CREATE TABLE staff_sessions (
  token_hash ${t.text} PRIMARY KEY NOT NULL,
  staff_id ${t.text} NOT NULL REFERENCES staff(id),
  created_at ${t.text} NOT NULL,
  expires_at ${t.text} NOT NULL
);
CREATE TABLE catalogs (
  etag ${t.text} PRIMARY KEY NOT NULL,
  version ${t.text} NOT NULL,
  body ${t.text} NOT NULL,
  procedures ${t.int} NOT NULL,
  imported_by ${t.text} NOT NULL,
  imported_at ${t.text} NOT NULL,
  published_at ${t.text}
)`;

/**
 * A dossier's first step is written by the database with the dossier itself, so receiving one is
 * a single INSERT statement: atomic without a transaction, one round trip on PostgreSQL.
 * (Statements are split at a semicolon that ends a line; these bodies keep theirs inside one.)
 */
const SUBMITTED_STEP = `INSERT INTO dossier_steps (code, step, note, tracking, staff_id, at) VALUES (NEW.code, 'submitted', '', NULL, NULL, NEW.received_at)`;

/**
 * Feedback and recommendations (docs/feedback.md), kept like dossiers: the reference is UNIQUE,
 * so a retry on any instance lands once. The body holds the contact (personal data); the status
 * and note are what the citizen reads back at the kiosk.
 */
const FEEDBACK = (t: { serial: string }) => `CREATE TABLE feedback (
  seq ${t.serial},
  reference TEXT NOT NULL UNIQUE,
  kiosk_id TEXT NOT NULL REFERENCES kiosks(id),
  commune_id TEXT NOT NULL REFERENCES communes(id),
  subject_kind TEXT NOT NULL,
  procedure_code TEXT,
  body TEXT NOT NULL,
  body_hash TEXT NOT NULL,
  received_at TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  answered_by TEXT REFERENCES staff(id)
);
CREATE INDEX feedback_commune ON feedback (commune_id, received_at)`;

export const CENTER_MIGRATIONS: readonly CenterMigration[] = [
  {
    version: 1,
    name: 'init',
    sqlite: `${TABLES({ text: 'TEXT', serial: 'INTEGER PRIMARY KEY AUTOINCREMENT', int: 'INTEGER' })};
CREATE TRIGGER dossiers_submitted AFTER INSERT ON dossiers BEGIN ${SUBMITTED_STEP}; END`,
    postgres: `${TABLES({ text: 'TEXT', serial: 'BIGSERIAL PRIMARY KEY', int: 'INTEGER' })};
CREATE FUNCTION dossier_submitted_step() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${SUBMITTED_STEP}; RETURN NULL; END $$;
CREATE TRIGGER dossiers_submitted AFTER INSERT ON dossiers FOR EACH ROW EXECUTE FUNCTION dossier_submitted_step()`,
  },
  {
    version: 2,
    name: 'feedback',
    sqlite: FEEDBACK({ serial: 'INTEGER PRIMARY KEY AUTOINCREMENT' }),
    postgres: FEEDBACK({ serial: 'BIGSERIAL PRIMARY KEY' }),
  },
];
