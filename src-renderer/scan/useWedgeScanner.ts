import { useEffect } from 'react';
import type { ApiClient } from '../api/api-client';
import { WedgeDetector } from './wedge-detector';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Listens for a keyboard-wedge scanner anywhere on the page (except while someone types in a
 * field) and hands each scan to main as `scan.submit`, the same path serial scans take.
 */
export function useWedgeScanner(api: ApiClient): void {
  useEffect(() => {
    const detector = new WedgeDetector((payload) => {
      api.call('scan.submit', { payload, source: 'wedge' }).catch(() => undefined);
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || isEditable(e.target)) {
        detector.reset();
        return;
      }
      if (detector.key(e.key, e.timeStamp)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [api]);
}
