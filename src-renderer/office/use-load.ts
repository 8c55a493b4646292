import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../src-main/api/error-message';

/**
 * Loads when `key` changes and on `reload()`; keeps the last good value while a reload runs, and
 * drops an answer that arrives after a newer request was made (filters clicked quickly).
 */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(load);
  latest.current = load;
  const seq = useRef(0);
  const reload = useCallback(() => {
    const mine = ++seq.current;
    setError(null);
    latest.current().then(
      (v) => {
        if (mine === seq.current) setValue(v);
      },
      (e: unknown) => {
        if (mine === seq.current) setError(errorMessage(e));
      },
    );
  }, []);
  useEffect(() => {
    if (key !== '\u0000') reload();
  }, [key, reload]);
  return { value, error, reload, setValue };
}
