import type { Clock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import { ApiError } from '../../api/errors';
import type { Database } from '../db/open-database';
import { type ConfigKey, type ConfigValues, configSchema, isConfigKey } from './config-schema';

type Listener = (key: ConfigKey, values: ConfigValues) => void;
type BatchListener = (keys: readonly ConfigKey[], values: ConfigValues) => void;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function formatIssues(key: string, error: { issues: readonly { message: string }[] }): string {
  return `${key}: ${error.issues.map((i) => i.message).join('; ')}`;
}

/** Reads and writes settings; every write is validated and applied live through `onChange`. */
export class ConfigStore {
  private readonly listeners = new Set<Listener>();
  private readonly batchListeners = new Set<BatchListener>();
  /** What listeners last heard, as JSON per key, to tell which keys another process changed. */
  private seen: Map<ConfigKey, string>;
  private dataVersion: number;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {
    this.seen = this.snapshot();
    this.dataVersion = this.readDataVersion();
  }

  private snapshot(): Map<ConfigKey, string> {
    const values = this.all();
    return new Map((Object.keys(configSchema) as ConfigKey[]).map((k) => [k, JSON.stringify(values[k])]));
  }

  private readDataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** Whether a value is stored for the key (otherwise `get` gives the default). */
  isStored(key: ConfigKey): boolean {
    return this.db.prepare('SELECT 1 FROM config WHERE key = ?').get(key) !== undefined;
  }

  get<K extends ConfigKey>(key: K): ConfigValues[K] {
    const row = this.db.prepare('SELECT value FROM config WHERE key = ?').get(key) as { value: string } | undefined;
    const schema = configSchema[key];
    if (row) {
      // A row that no longer fits (hand-edited, or written under an older schema) reads as the default.
      const parsed = schema.safeParse(parseJson(row.value));
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
    const checked: { key: ConfigKey; value: unknown }[] = [];
    const problems: string[] = [];
    for (const [k, v] of Object.entries(entries)) {
      try {
        checked.push(this.validate(k, v));
      } catch (err) {
        problems.push(errorMessage(err));
      }
    }
    // Every reason at once, so whoever fixes a file fixes it in one go.
    if (problems.length > 0) throw new ApiError('bad-request', problems.join('; '));
    const now = this.clock.now().toISOString();
    const upsert = this.db.prepare(
      'INSERT INTO config (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.db.transaction(() => {
      for (const { key, value } of checked) upsert.run(key, JSON.stringify(value), now);
    })();
    this.announce();
  }

  /**
   * Picks up settings another process wrote to the same database (`npx kiosk config set` while
   * the kiosk runs) and tells listeners, so a change from the CLI applies without a restart.
   * Cheap when nothing changed: SQLite's `data_version` moves only on another connection's commit.
   */
  refreshFromDisk(): readonly ConfigKey[] {
    const version = this.readDataVersion();
    if (version === this.dataVersion) return [];
    this.dataVersion = version;
    return this.announce();
  }

  /** Tells listeners about every key whose value differs from what they last heard. */
  private announce(): ConfigKey[] {
    const next = this.snapshot();
    const changed = [...next].filter(([k, v]) => this.seen.get(k) !== v).map(([k]) => k);
    this.seen = next;
    if (changed.length === 0) return changed;
    const values = this.all();
    for (const key of changed) {
      for (const l of this.listeners) {
        try {
          l(key, values);
        } catch {
          // One failing listener (a closed screen) must not keep the others from the change.
        }
      }
    }
    for (const l of this.batchListeners) {
      try {
        l(changed, values);
      } catch {
        // As above.
      }
    }
    return changed;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Once per write (or per change seen from another process), with every key that changed. */
  onChangeBatch(listener: BatchListener): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }
}
