/**
 * What a ticket's QR code encodes: a link to the queue status page of the center server,
 * `<base>?kiosk=<kiosk id>&day=<YYYY-MM-DD>&ticket=<A-001>`. The three parameters name one
 * ticket (numbers are unique per kiosk and day); the server knows its state from the ticket
 * events the kiosk sends. Pure functions shared by core (which makes the link) and any screen
 * or scanner that reads one back.
 */

export interface TicketRef {
  readonly kiosk: string;
  readonly day: string;
  readonly ticket: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[A-Z]-\d{3,}$/;
const KIOSK = /^[A-Za-z0-9_-]{1,40}$/;

export function ticketStatusLink(base: string, ref: TicketRef): string {
  const url = new URL(base);
  url.searchParams.set('kiosk', ref.kiosk);
  url.searchParams.set('day', ref.day);
  url.searchParams.set('ticket', ref.ticket);
  return url.toString();
}

/** The ticket a scanned link names, or null when the payload is not a ticket status link. */
export function ticketRefFromPayload(payload: string): TicketRef | null {
  const text = payload.trim();
  if (!/^https?:\/\//i.test(text) || text.length > 2048) return null;
  try {
    const p = new URL(text).searchParams;
    const ref = { kiosk: p.get('kiosk') ?? '', day: p.get('day') ?? '', ticket: p.get('ticket') ?? '' };
    return KIOSK.test(ref.kiosk) && DAY.test(ref.day) && NUMBER.test(ref.ticket) ? ref : null;
  } catch {
    return null;
  }
}
