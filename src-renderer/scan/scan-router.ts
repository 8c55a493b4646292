import type { ClassifiedScan, ScanEvent, ScanKind } from '../../src-main/api/channels/scan';
import type { Role } from '../../src-main/api/roles';
import { useScanFeedback } from './scan-feedback-store';

export type ScanHandler<K extends ScanKind> = (scan: Extract<ClassifiedScan, { kind: K }>, event: ScanEvent) => void;

type AnyHandler = (scan: ClassifiedScan, event: ScanEvent) => void;
const routes = new Map<ScanKind, AnyHandler>();

/**
 * Says what a scan of one kind does: usually opens a screen. A feature registers its kind when
 * its screen exists (`scan-routes.ts`); a scan of a kind nobody handles is only acknowledged.
 */
export function registerScanRoute<K extends ScanKind>(kind: K, handler: ScanHandler<K>): () => void {
  // The map is keyed by kind, so the handler stored under `kind` only ever gets scans of that kind.
  const entry: AnyHandler = (scan, event) => handler(scan as Extract<ClassifiedScan, { kind: K }>, event);
  routes.set(kind, entry);
  return () => {
    if (routes.get(kind) === entry) routes.delete(kind);
  };
}

export function hasScanRoute(kind: ScanKind): boolean {
  return routes.has(kind);
}

/**
 * Acts on one classified scan. Citizens are taken where the code leads; staff and technicians
 * (at their own screens, often testing the scanner) are only told what was read.
 */
export function routeScan(event: ScanEvent, role: Role): void {
  const { scan } = event;
  const feedback = useScanFeedback.getState();
  if (scan.kind === 'unknown') {
    // "Could not read" only when nothing was read; a code read whole but not ours is told as such.
    feedback.show({ messageKey: scan.read ? 'feedback.notOurs' : 'feedback.unknown', tone: 'warn' });
    return;
  }
  const handler = routes.get(scan.kind);
  if (role !== 'citizen' && scan.kind !== 'cccd') {
    const code = scan.kind === 'ticket' ? scan.number : scan.code;
    feedback.show({ messageKey: 'feedback.readOnly', values: { kind: scan.kind, code }, tone: 'ok' });
    return;
  }
  if (!handler) {
    feedback.show({ messageKey: 'feedback.unrouted', tone: 'warn' });
    return;
  }
  handler(scan, event);
}
