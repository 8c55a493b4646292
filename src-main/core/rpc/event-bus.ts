import { type EventName, type EventPayload, events } from '../../api/contract';
import type { Session } from './session';

/**
 * Who receives an event: every connected screen, the screen that was used last, or one session.
 * Events carrying personal data never go to `all`.
 */
export type Audience = 'all' | 'active' | Session;

/**
 * Whose screen gets an emitted event: every screen, one session's, or none (a personal event
 * when no screen is in use). Listeners inside the core (the technician's scan log) see them all.
 */
export type Recipients = 'all' | 'none' | Session;

type AnyListener = (event: EventName, payload: unknown, to: Recipients) => void;

/** Events whose payload can hold personal data (a citizen ID card's fields). */
const PERSONAL_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['scan.onScan']);

/**
 * Events from core and hardware to the connected screens. Payloads are checked against the
 * contract here, once, so no shell can forward a malformed event.
 */
export class EventBus {
  private readonly listeners = new Set<AnyListener>();
  private active: Session | null = null;

  emit<E extends EventName>(event: E, payload: EventPayload<E>, audience: Audience = 'all'): void {
    if (audience === 'all' && PERSONAL_EVENTS.has(event)) throw new Error(`event ${event} carries personal data: it goes to one screen`);
    const to: Recipients = audience === 'active' ? (this.active ?? 'none') : audience;
    const parsed = events[event].payload.safeParse(payload);
    if (!parsed.success) throw new Error(`event ${event} payload does not match the contract: ${parsed.error.message}`);
    for (const l of this.listeners) {
      try {
        l(event, parsed.data, to);
      } catch {
        // One broken subscriber (a closed socket) must not stop the others.
      }
    }
  }

  /** The session whose screen made the latest call: a scan from a device goes there. */
  markActive(session: Session): void {
    this.active = session;
  }

  /** A screen went away: it no longer receives what goes to the active screen. */
  forget(session: Session): void {
    if (this.active === session) this.active = null;
  }

  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
