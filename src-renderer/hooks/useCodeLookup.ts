import { useCallback, useRef, useState } from 'react';
import { isValidDossierCode, normalizeDossierCode } from '../../src-main/api/codes';

/**
 * Looking something up by a check-coded code a citizen types (a dossier code, a feedback
 * reference): a code that fails its check character is refused on the screen before anyone is
 * asked; otherwise `ask` runs, with `busy` while it does. `messages` are already translated.
 */
export function useCodeLookup<T>(ask: (code: string) => Promise<T>, messages: { badCode: string; failed(error: unknown): string }) {
  const [found, setFound] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef({ ask, messages });
  latest.current = { ask, messages };

  const lookup = useCallback(async (raw: string) => {
    const code = normalizeDossierCode(raw);
    if (!isValidDossierCode(code)) {
      setFound(null);
      setProblem(latest.current.messages.badCode);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setFound(await latest.current.ask(code));
    } catch (e) {
      setFound(null);
      setProblem(latest.current.messages.failed(e));
    } finally {
      setBusy(false);
    }
  }, []);

  return { found, problem, busy, lookup };
}
