import { afterEach, describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../../src-main/api/channels/scan';
import { clearScannedCard, useIdCard } from '../../../src-renderer/scan/id-card-store';
import { useScanFeedback } from '../../../src-renderer/scan/scan-feedback-store';
import { registerScanRoute, routeScan } from '../../../src-renderer/scan/scan-router';
import { registerScanRoutes } from '../../../src-renderer/scan/scan-routes';

const at = '2026-11-22T08:00:00.000Z';
const card = {
  kind: 'cccd',
  idNumber: '001099012345',
  oldIdNumber: '',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-12-31',
  sex: 'male',
  address: 'Hà Nội',
  issueDate: '2021-01-01',
} as const;

afterEach(() => {
  clearScannedCard();
  useScanFeedback.getState().dismiss();
});

describe('scan router', () => {
  it('sends each kind to its registered handler, only for citizens', () => {
    const opened: string[] = [];
    const stop = registerScanRoute('procedure', (scan) => opened.push(scan.code));
    const event: ScanEvent = { source: 'wedge', at, scan: { kind: 'procedure', code: '1.001193' } };
    routeScan(event, 'citizen');
    routeScan(event, 'technician');
    stop();
    expect(opened).toEqual(['1.001193']);
    expect(useScanFeedback.getState().current?.messageKey).toBe('feedback.readOnly');
  });

  it('acknowledges a kind no screen handles yet, and an unknown code', () => {
    routeScan({ source: 'serial', at, scan: { kind: 'dossier', code: '23456789ABCDV' } }, 'citizen');
    expect(useScanFeedback.getState().current).toMatchObject({ messageKey: 'feedback.unrouted', tone: 'warn' });
    routeScan({ source: 'serial', at, scan: { kind: 'unknown', reason: 'empty' } }, 'citizen');
    expect(useScanFeedback.getState().current).toMatchObject({ messageKey: 'feedback.unknown' });
    // Read whole but none of ours: not "could not read".
    routeScan({ source: 'serial', at, scan: { kind: 'unknown', reason: 'not ours', read: true } }, 'citizen');
    expect(useScanFeedback.getState().current).toMatchObject({ messageKey: 'feedback.notOurs' });
  });

  it('opens a scanned procedure once, however often it beeps', async () => {
    const { useNavigation } = await import('../../../src-renderer/stores/navigation-store');
    registerScanRoutes();
    const event: ScanEvent = { source: 'serial', at, scan: { kind: 'procedure', code: '1.000894' } };
    routeScan(event, 'citizen');
    routeScan(event, 'citizen');
    expect(useNavigation.getState().stack.map((r) => r.screen)).toEqual(['home', 'catalog.procedure']);
    useNavigation.getState().home();
  });

  it('opens the status of a scanned queue ticket, replacing a ticket already shown', async () => {
    const { useNavigation } = await import('../../../src-renderer/stores/navigation-store');
    registerScanRoutes();
    const ticket = (number: string): ScanEvent => ({
      source: 'serial',
      at,
      scan: { kind: 'ticket', kiosk: 'K1A2B3', day: '2026-11-22', number },
    });
    routeScan(ticket('A-007'), 'citizen');
    routeScan(ticket('B-012'), 'citizen');
    const stack = useNavigation.getState().stack;
    expect(stack.map((r) => r.screen)).toEqual(['home', 'ticket.issued']);
    expect(stack[1]?.params).toEqual({ ref: { kiosk: 'K1A2B3', day: '2026-11-22', number: 'B-012' } });
    useNavigation.getState().home();
  });

  it('keeps the last ID card for the forms, until it is cleared', () => {
    registerScanRoutes();
    routeScan({ source: 'idReader', at, scan: card }, 'citizen');
    expect(useIdCard.getState().card).toEqual(card);
    expect(useScanFeedback.getState().current).toMatchObject({ messageKey: 'feedback.cardRead', offerClearCard: true });
    clearScannedCard();
    expect(useIdCard.getState().card).toBeNull();
  });
});
