import { z } from 'zod';
import { errorMessage } from '../../api/error-message';
import { ApiError } from '../../api/errors';
import { type ConfigKey, configSchema, isConfigKey, SECRET_KEYS } from './config-schema';
import type { ConfigStore } from './config-store';

/**
 * The file a technician carries from one kiosk to the next. It names its format and version so
 * a kiosk never half-reads a file from a newer release, and never silently takes a foreign JSON.
 */
export const CONFIG_FORMAT = 'commune-kiosk-config';
export const CONFIG_FORMAT_VERSION = 1;
/** A real export is under 2 KiB; anything near this is not one of ours. */
export const MAX_CONFIG_FILE_BYTES = 256 * 1024;

const ConfigFile = z
  .object({
    format: z.literal(CONFIG_FORMAT),
    version: z.number().int().min(1),
    exportedAt: z.string().max(64).optional(),
    from: z
      .object({ kioskId: z.string().max(64), appVersion: z.string().max(64) })
      .strict()
      .optional(),
    secretsIncluded: z.boolean().optional(),
    values: z.record(z.string(), z.unknown()),
  })
  .strict();
export type ConfigFile = z.infer<typeof ConfigFile>;

export function exportConfig(
  store: ConfigStore,
  meta: Readonly<{ kioskId: string; appVersion: string; now: Date }>,
  options: Readonly<{ includeSecrets?: boolean }> = {},
): ConfigFile {
  const values: Record<string, unknown> = {};
  const all = store.all();
  for (const key of Object.keys(configSchema) as ConfigKey[]) {
    // Left out, not masked: importing the file then keeps the target kiosk's own token.
    if (SECRET_KEYS.has(key) && !options.includeSecrets) continue;
    values[key] = all[key];
  }
  return {
    format: CONFIG_FORMAT,
    version: CONFIG_FORMAT_VERSION,
    exportedAt: meta.now.toISOString(),
    from: { kioskId: meta.kioskId, appVersion: meta.appVersion },
    secretsIncluded: options.includeSecrets === true,
    values,
  };
}

function refuse(reason: string): never {
  throw new ApiError('bad-request', `config file refused: ${reason}; nothing was changed`);
}

/**
 * Checks a whole file before touching anything, then applies it all at once. Every problem is
 * named (wrong type, unknown key, size, format), and a refused file changes no setting.
 */
export function importConfig(store: ConfigStore, content: string | Uint8Array): { applied: ConfigKey[] } {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (bytes > MAX_CONFIG_FILE_BYTES) {
    refuse(`it is ${bytes} bytes, larger than a config export can be (${MAX_CONFIG_FILE_BYTES} bytes)`);
  }
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    // The parser's message quotes the bytes around the fault: only where it is may be said.
    const at = /position (\d+)/.exec(errorMessage(err))?.[1];
    refuse(`it is not JSON${at === undefined ? '' : ` (the fault is at character ${at})`}`);
  }
  // Until the file says it is a kiosk export, nothing read from it is repeated: it may be anyone's file.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== CONFIG_FORMAT) {
    refuse(`it is not a kiosk config export (no "format": "${CONFIG_FORMAT}")`);
  }
  if ('version' in raw) {
    const version = (raw as { version: unknown }).version;
    if (typeof version === 'number' && version > CONFIG_FORMAT_VERSION) {
      refuse(`it was made by a newer kiosk (format version ${version}; this kiosk reads version ${CONFIG_FORMAT_VERSION})`);
    }
  }
  // Keys are checked on the raw object: a schema copy would quietly drop a `__proto__` key.
  const rawValues = (raw as { values?: unknown }).values;
  if (typeof rawValues === 'object' && rawValues !== null && !Array.isArray(rawValues)) {
    const unknown = Object.keys(rawValues).filter((k) => !isConfigKey(k));
    if (unknown.length > 0) {
      refuse(
        `unknown settings: ${unknown
          .slice(0, 10)
          .map((k) => JSON.stringify(k.slice(0, 100)))
          .join(', ')}`,
      );
    }
  }
  const parsed = ConfigFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
    refuse(`it is not a kiosk config export (${issues.join('; ')})`);
  }
  try {
    store.setMany(parsed.data.values);
  } catch (err) {
    refuse(errorMessage(err));
  }
  return { applied: Object.keys(parsed.data.values) as ConfigKey[] };
}
