import { z } from 'zod';
import { channel, event } from '../define';
import { ANY_ROLE } from '../roles';

/**
 * The kiosk's link to the center server, as the last contact found it (not the network card:
 * a kiosk on Wi-Fi whose center does not answer is offline for what matters).
 * - `unconfigured`: no center set; `unknown`: not tried yet since start;
 * - `reachable`: the center answered (a sync, a status lookup or a health check);
 * - `unreachable`: the last attempt failed on the way (network, timeout, 5xx).
 */
export const CenterLinkState = z.enum(['unconfigured', 'unknown', 'reachable', 'unreachable']);
export type CenterLinkState = z.infer<typeof CenterLinkState>;

export const CenterLink = z.object({
  state: CenterLinkState,
  /** When the center last answered; null when it never has since start. */
  lastContactAt: z.string().nullable(),
});
export type CenterLink = z.infer<typeof CenterLink>;

export const centerLinkChannels = {
  'system.centerLink': channel({ args: z.object({}).strict(), result: CenterLink, roles: ANY_ROLE }),
};

export const centerLinkEvents = {
  /** The link to the center changed state. */
  'system.onCenterLink': event(CenterLink),
};
