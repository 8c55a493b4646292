import { ApiError } from '../../api/errors';
import type { Database } from '../db/open-database';
import { type ConfigKey, type ConfigValues, configSchema, isConfigKey } from './config-schema';

type Listener = (key: ConfigKey, values: ConfigValues) => void;

function formatIssues(key: string, error: { issues: readonly { message: string }[] }): string {
  return `${key}: ${error.issues.map((i) => i.message).join('; ')}`;
}

/** Reads and writes settings; every write is validated and applied live through `onChange`. */
export class ConfigStore {
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  get<K extends ConfigKey>(key: K): ConfigValues[K] {
    const row = this.db.prepare('SELECT value FROM config WHERE key = ?').get(key) as { value: string } | undefined;
    const schema = configSchema[key];
    if (row) {
      const parsed = schema.safeParse(JSON.parse(row.value));
      if (parsed.success) return parsed.data as ConfigValues[K];
    }
    return schema.parse(undefined) as ConfigValues[K];
  }

  all(): ConfigValues {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(configSchema) as ConfigKey[]) out[key] = this.get(key);
    return out as ConfigValues;
  }

  /** Validates a value for a key without storing it; throws `bad-request` with the reason. */
  validate(key: string, value: unknown): { key: ConfigKey; value: unknown } {
    if (!isConfigKey(key)) throw new ApiError('bad-request', `${key}: unknown setting`);
    const parsed = configSchema[key].safeParse(value);
    if (!parsed.success) throw new ApiError('bad-request', formatIssues(key, parsed.error));
    return { key, value: parsed.data };
  }

  set(key: string, value: unknown): void {
    this.setMany({ [key]: value });
  }

  /** All or nothing: one bad value refuses the whole batch and leaves every setting as it was. */
  setMany(entries: Readonly<Record<string, unknown>>): void {
    const checked = Object.entries(entries).map(([k, v]) => this.validate(k, v));
    const now = this.clock().toISOString();
    const upsert = this.db.prepare(
      'INSERT INTO config (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.db.transaction(() => {
      for (const { key, value } of checked) upsert.run(key, JSON.stringify(value), now);
    })();
    const values = this.all();
    for (const { key } of checked) for (const l of this.listeners) l(key, values);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
