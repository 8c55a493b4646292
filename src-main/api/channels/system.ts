import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE, Role } from '../roles';
import { PublicConfig } from './config';

export const Shell = z.enum(['electron', 'web', 'cli']);
export type Shell = z.infer<typeof Shell>;

export const SystemInfo = z.object({
  appVersion: z.string(),
  shell: Shell,
  kioskId: z.string(),
  centerName: z.string(),
  /** The People's Committee receiving dossiers and the center's phone (config `center.committeeName`, `center.phone`; empty when unset). */
  committeeName: z.string(),
  centerPhone: z.string(),
  defaultLanguage: z.string(),
  /** Seconds without a touch before the screen offers to end the visit (config `ui.idleTimeoutS`). */
  idleTimeoutS: z.number().int().positive(),
  /** Days personal data stays on the kiosk after the center has it (config `dossiers.retentionDays`): the privacy notice says so. */
  retentionDays: z.number().int().positive(),
  /** How the UI lays itself out (config `ui.orientation`): turned a quarter clockwise when the window's shape differs. */
  orientation: PublicConfig.shape.orientation,
  /** Where the kiosk keeps its data: technicians only (a path tells a visitor where to look). */
  dataDir: z.string().optional(),
  schemaVersion: z.number().int(),
  startedAt: z.string(),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const SessionInfo = z.object({ role: Role });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const systemChannels = {
  'system.info': channel({ args: z.object({}).strict(), result: SystemInfo, roles: ANY_ROLE }),
  'system.ping': channel({
    args: z.object({ nonce: z.string().max(64) }).strict(),
    result: z.object({ nonce: z.string(), at: z.string() }),
    roles: ANY_ROLE,
  }),
  'session.current': channel({ args: z.object({}).strict(), result: SessionInfo, roles: ANY_ROLE }),
  /** The visit is over (idle, "end my session", a finished flow): back to citizen, new correlation id. */
  'session.end': channel({ args: z.object({}).strict(), result: SessionInfo, roles: ANY_ROLE }),
};

export const systemEvents = {
  'system.onSessionChanged': event(SessionInfo),
};
