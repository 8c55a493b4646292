import { describe, expect, it } from 'vitest';
import { slashDateTime } from '../../../src-main/api/center-clock';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { ticketDocument } from '../../../src-main/core/tickets/ticket-document';
import { paperText } from './fixtures';

const ticket: Ticket = {
  id: 't1',
  number: 'B-014',
  serviceId: 'certification',
  prefix: 'B',
  names: { vi: 'Chứng thực', en: 'Certification', ar: 'التصديق', pl: 'Poświadczenia' },
  counters: [2, 3],
  priority: true,
  status: 'waiting',
  source: 'kiosk',
  day: '2026-11-23',
  issuedAt: '2026-11-23T02:05:00.000Z',
  closedAt: null,
  waitingAhead: 4,
  estimatedWaitMin: null,
  print: { state: 'pending', reason: null, count: 0 },
  statusUrl: 'https://hcc.example.gov.vn/queue?kiosk=K1&day=2026-11-23&ticket=B-014',
};

describe('the printed ticket', () => {
  it('carries the number large, the service, counters, people ahead, time and the QR', () => {
    const doc = ticketDocument(ticket, { centerName: 'UBND xã Tả Van', language: 'vi', reprint: false });
    expect(doc.title).toBe('ticket B-014');
    expect(doc.lines).toContainEqual({ kind: 'text', text: 'B-014', align: 'center', bold: true, size: 3 });
    expect(doc.lines).toContainEqual({ kind: 'qr', data: ticket.statusUrl, cellSize: 6 });
    expect(doc.lines.at(-1)).toEqual({ kind: 'cut' });
    expect(paperText(doc)).toEqual([
      'UBND xã Tả Van',
      'PHIẾU SỐ THỨ TỰ',
      'B-014',
      'ƯU TIÊN',
      'Chứng thực',
      'Quầy: 2, 3',
      'Số người chờ trước: 4',
      '09:05, ngày 23 tháng 11 năm 2026',
      `[QR ${ticket.statusUrl}]`,
      'Quét mã để xem lượt chờ',
      'Vui lòng chờ đến khi được gọi số',
    ]);
  });

  it('adds the citizen\u2019s language under the Vietnamese, English for Arabic readers', () => {
    const text = paperText(ticketDocument(ticket, { centerName: 'X', language: 'ar', reprint: true }));
    expect(text).toContain('Queue ticket');
    expect(text).toContain('ƯU TIÊN / PRIORITY');
    expect(text).toContain('Certification');
    expect(text).toContain('BẢN IN LẠI / REPRINT');
    expect(text.join('\n')).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('leaves the QR out when no status page is known', () => {
    const doc = ticketDocument({ ...ticket, statusUrl: null, priority: false }, { centerName: 'X', language: 'vi', reprint: false });
    expect(doc.lines.some((l) => l.kind === 'qr')).toBe(false);
    expect(paperText(doc)).not.toContain('ƯU TIÊN');
  });

  it('writes the time on the center clock', () => {
    expect(slashDateTime('2026-11-23T17:01:00.000Z')).toBe('24/11/2026 00:01');
  });
});
