import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ticketRefFromPayload, ticketStatusLink } from '../../../src-main/api/ticket-link';

describe('the ticket QR link', () => {
  it('names kiosk, day and number, and reads back', () => {
    const link = ticketStatusLink('https://hcc.example.gov.vn/queue', { kiosk: 'K1A2B3C4D5', day: '2026-11-23', ticket: 'A-012' });
    expect(link).toBe('https://hcc.example.gov.vn/queue?kiosk=K1A2B3C4D5&day=2026-11-23&ticket=A-012');
    expect(ticketRefFromPayload(link)).toEqual({ kiosk: 'K1A2B3C4D5', day: '2026-11-23', ticket: 'A-012' });
  });

  it('keeps parameters the base link already has', () => {
    const link = ticketStatusLink('https://x.vn/q?center=12', { kiosk: 'K1', day: '2026-11-23', ticket: 'B-100' });
    expect(new URL(link).searchParams.get('center')).toBe('12');
  });

  it('refuses anything that is not a ticket link', () => {
    for (const p of [
      'A-012',
      'https://x.vn/q?kiosk=K1&day=2026-11-23',
      'https://x.vn/q?kiosk=K1&day=23/11&ticket=A-1',
      'ftp://x?kiosk=K1&day=2026-11-23&ticket=A-001',
    ]) {
      expect(ticketRefFromPayload(p)).toBeNull();
    }
  });

  it('never throws on arbitrary scanner garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = ticketRefFromPayload(s);
        expect(r === null || typeof r.ticket === 'string').toBe(true);
      }),
    );
  });
});
