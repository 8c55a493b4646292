import { z } from 'zod';
import { channel } from '../define';
import { TECHNICIAN_ONLY } from '../roles';

export const LOG_TAIL_MAX = 500;

export const LogLevel = z.enum(['debug', 'info', 'warn', 'error']);
export type LogLevel = z.infer<typeof LogLevel>;

/** One log line as written (personal data already masked at write time). */
export const LogLine = z.object({
  time: z.string(),
  level: LogLevel,
  module: z.string(),
  msg: z.string(),
  correlationId: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type LogLine = z.infer<typeof LogLine>;

/** A place a technician can copy logs to: a mounted USB drive, or any folder typed in. */
export const ExportTarget = z.object({ path: z.string(), label: z.string() });
export type ExportTarget = z.infer<typeof ExportTarget>;

export const logsChannels = {
  /** The newest lines, newest last; `minLevel` hides chatter when looking for a fault. */
  'logs.tail': channel({
    args: z
      .object({ limit: z.number().int().min(1).max(LOG_TAIL_MAX).default(LOG_TAIL_MAX), minLevel: LogLevel.default('debug') })
      .strict(),
    result: z.object({ lines: z.array(LogLine), file: z.string() }),
    roles: TECHNICIAN_ONLY,
  }),
  /** Mounted removable drives (USB sticks) to offer as export targets. */
  'logs.exportTargets': channel({
    args: z.object({}).strict(),
    result: z.object({ targets: z.array(ExportTarget) }),
    roles: TECHNICIAN_ONLY,
  }),
  /** Copies every log file (rotated ones too, oldest first) into one file in `dir`. */
  'logs.export': channel({
    args: z.object({ dir: z.string().min(1).max(1024) }).strict(),
    result: z.object({ file: z.string(), bytes: z.number().int().nonnegative(), lines: z.number().int().nonnegative() }),
    roles: TECHNICIAN_ONLY,
  }),
};
