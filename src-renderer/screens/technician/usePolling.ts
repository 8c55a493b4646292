import { useCallback, useEffect, useState } from 'react';

/**
 * Loads now and every `intervalMs` while the screen is open, so counts a technician watches
 * (outbox, devices) move on their own. A failed load keeps the last good value and says so.
 */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number) {
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(() => {
    load().then(
      (v) => {
        setValue(v);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [load]);
  useEffect(() => {
    refresh();
    const id = setInterval(refresh, intervalMs);
    return () => clearInterval(id);
  }, [refresh, intervalMs]);
  return { value, failed, refresh };
}
