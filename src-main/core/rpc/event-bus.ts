import { type EventName, type EventPayload, events } from '../../api/contract';

type AnyListener = (event: EventName, payload: unknown) => void;

/**
 * Events from core and hardware to every connected screen. Payloads are checked against the
 * contract here, once, so no shell can forward a malformed event.
 */
export class EventBus {
  private readonly listeners = new Set<AnyListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const parsed = events[event].payload.safeParse(payload);
    if (!parsed.success) throw new Error(`event ${event} payload does not match the contract: ${parsed.error.message}`);
    for (const l of this.listeners) {
      try {
        l(event, parsed.data);
      } catch {
        // One broken subscriber (a closed socket) must not stop the others.
      }
    }
  }

  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
