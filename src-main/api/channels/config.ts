import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE, TECHNICIAN_ONLY } from '../roles';

/**
 * One setting as a technician screen sees it. The schema travels as JSON Schema (generated from
 * the zod schema in core), so the screen can offer the allowed choices and ranges without a
 * second copy of the rules; core still checks every value it is sent.
 */
export const ConfigEntry = z.object({
  key: z.string(),
  /** The value; for a secret, a mask such as `****c0de` (never the secret itself). */
  value: z.unknown(),
  secret: z.boolean(),
  /** For a secret: whether one is stored at all. */
  isSet: z.boolean(),
  isDefault: z.boolean(),
  schema: z.record(z.string(), z.unknown()),
});
export type ConfigEntry = z.infer<typeof ConfigEntry>;

export const ConfigEntries = z.object({ entries: z.array(ConfigEntry) });

/** Settings any screen may read (nothing secret): what the citizen screens apply live. */
export const PublicConfig = z.object({
  centerName: z.string(),
  defaultLanguage: z.string(),
  idleTimeoutS: z.number().int(),
  orientation: z.enum(['auto', 'portrait', 'landscape']),
});
export type PublicConfig = z.infer<typeof PublicConfig>;

export const ServerCheck = z.object({
  /** `token-needed`: another server than the stored one was asked for without a typed token; nothing was sent. */
  outcome: z.enum(['ok', 'not-configured', 'unauthorized', 'http-error', 'bad-response', 'timeout', 'network', 'token-needed']),
  /** HTTP status when one came back. */
  status: z.number().int().nullable(),
  latencyMs: z.number().nonnegative().nullable(),
  /** Short technical detail for the technician (`ECONNREFUSED`, `HTTP 503`). */
  detail: z.string(),
  url: z.string(),
});
export type ServerCheck = z.infer<typeof ServerCheck>;

export const configChannels = {
  'config.get': channel({ args: z.object({}).strict(), result: ConfigEntries, roles: TECHNICIAN_ONLY }),
  /** All or nothing: one bad value refuses the batch with its reason and changes nothing. */
  'config.set': channel({
    args: z.object({ values: z.record(z.string().max(100), z.unknown()) }).strict(),
    result: ConfigEntries,
    roles: TECHNICIAN_ONLY,
  }),
  'config.public': channel({ args: z.object({}).strict(), result: PublicConfig, roles: ANY_ROLE }),
  /**
   * `GET /api/v1/health` on the center server with the kiosk's credentials, timed. Without
   * arguments it tests the stored settings; with them, what the technician is about to save. The
   * stored token is sent only to the stored `server.url`'s origin: another address needs `token`.
   */
  'config.testServer': channel({
    args: z.object({ url: z.string().max(2048).optional(), token: z.string().max(512).optional() }).strict(),
    result: ServerCheck,
    roles: TECHNICIAN_ONLY,
  }),
  /** Writes every setting to a file in `dir` (a USB drive) to set up another kiosk the same way. */
  'config.exportFile': channel({
    args: z.object({ dir: z.string().min(1).max(1024), includeSecrets: z.boolean().default(false) }).strict(),
    result: z.object({ file: z.string(), keys: z.number().int() }),
    roles: TECHNICIAN_ONLY,
  }),
  /** The `.json` files on a drive, newest first, to choose one to import. */
  'config.importCandidates': channel({
    args: z.object({ dir: z.string().min(1).max(1024) }).strict(),
    result: z.object({
      files: z.array(z.object({ path: z.string(), name: z.string(), bytes: z.number().int(), modifiedAt: z.string() })),
    }),
    roles: TECHNICIAN_ONLY,
  }),
  /** Applies an export file; a malformed or hostile file is refused with the reason and changes nothing. */
  'config.importFile': channel({
    args: z.object({ path: z.string().min(1).max(2048) }).strict(),
    result: z.object({ applied: z.array(z.string()) }),
    roles: TECHNICIAN_ONLY,
  }),
};

export const configEvents = {
  /** A setting changed (from a screen, the CLI on the same data dir is not seen): apply it now. */
  'config.onChanged': event(z.object({ keys: z.array(z.string()), public: PublicConfig })),
};
