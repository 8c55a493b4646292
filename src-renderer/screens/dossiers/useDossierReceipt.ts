import { useCallback, useEffect, useState } from 'react';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import type { ErrorCode } from '../../../src-main/api/errors';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';

/** A receipt kept current: reloaded when its dossier reaches the center (or is refused). */
export function useDossierReceipt(code: string): { receipt: DossierReceipt | null; error: ErrorCode | null } {
  const api = useApi();
  const [receipt, setReceipt] = useState<DossierReceipt | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const load = useCallback(
    (live: () => boolean) =>
      api.call('dossier.receipt', { code }).then(
        (r) => live() && setReceipt(r),
        (e: unknown) => live() && setError(e instanceof ApiCallError ? e.code : 'internal'),
      ),
    [api, code],
  );
  useEffect(() => {
    let live = true;
    const isLive = () => live;
    void load(isLive);
    const stop = api.on('dossier.onStateChanged', (p) => {
      if (p.code === code) void load(isLive);
    });
    const stopConn = api.onConnectionChange((connected) => {
      if (connected) void load(isLive);
    });
    return () => {
      live = false;
      stop();
      stopConn();
    };
  }, [api, code, load]);
  return { receipt, error };
}

type PrintState = 'printing' | 'printed' | 'queued' | 'unavailable';

/** Codes whose receipt this screen already sent to the printer: coming back to it never prints twice. */
const printedCodes = new Set<string>();

/** Prints the receipt once when it is first shown; says what the printer did. */
export function useReceiptPrint(code: string, ready: boolean): PrintState | null {
  const api = useApi();
  const [state, setState] = useState<PrintState | null>(null);
  useEffect(() => {
    if (!ready || printedCodes.has(code)) return;
    printedCodes.add(code);
    setState('printing');
    api.call('dossier.printReceipt', { code }).then(
      (r) => setState(r.state),
      () => setState('unavailable'),
    );
  }, [api, code, ready]);
  return state;
}
