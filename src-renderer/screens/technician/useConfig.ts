import { useCallback, useEffect, useState } from 'react';
import type { ConfigEntry } from '../../../src-main/api/channels/config';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'refused'; reason: string };

/**
 * The settings as core describes them (value, rule, whether secret) and a save that sends only
 * what changed. Core checks every value; a refusal comes back with its reason, shown as is to
 * the technician (it names the setting and the rule).
 */
export function useConfig() {
  const api = useApi();
  const [entries, setEntries] = useState<Map<string, ConfigEntry> | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });

  const load = useCallback(() => {
    setLoadFailed(false);
    api.call('config.get', {}).then(
      (r) => setEntries(new Map(r.entries.map((e) => [e.key, e]))),
      () => setLoadFailed(true),
    );
  }, [api]);

  useEffect(load, [load]);

  const saveValues = useCallback(
    async (values: Record<string, unknown>): Promise<boolean> => {
      if (Object.keys(values).length === 0) return true;
      setSave({ state: 'saving' });
      try {
        const r = await api.call('config.set', { values });
        setEntries(new Map(r.entries.map((e) => [e.key, e])));
        setSave({ state: 'saved' });
        return true;
      } catch (err) {
        setSave({ state: 'refused', reason: err instanceof ApiCallError ? err.message : String(err) });
        return false;
      }
    },
    [api],
  );

  return { entries, loadFailed, reload: load, save, saveValues, resetSave: () => setSave({ state: 'idle' }) };
}

/** The rule's numbers and choices, read from the JSON Schema core sent. */
export function schemaRange(entry: ConfigEntry | undefined): { min: number; max: number } {
  const s = entry?.schema ?? {};
  return { min: typeof s.minimum === 'number' ? s.minimum : 0, max: typeof s.maximum === 'number' ? s.maximum : Number.MAX_SAFE_INTEGER };
}

/** The allowed values when the rule is a list: an `enum`, or an `anyOf` of constants (baud rates). */
export function schemaChoices(entry: ConfigEntry | undefined): (string | number)[] {
  const isChoice = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number';
  const e = entry?.schema.enum;
  if (Array.isArray(e)) return e.filter(isChoice);
  const any = entry?.schema.anyOf;
  if (Array.isArray(any) && any.length > 0 && any.every((a) => isChoice((a as { const?: unknown })?.const))) {
    return any.map((a) => (a as { const: string | number }).const);
  }
  return [];
}
