import { useState } from 'react';
import { useConfig } from './useConfig';

type Clean = (typed: unknown) => unknown;

/**
 * Settings being edited on a screen, saved together. A field shows what was typed, else what is
 * stored (a secret shows empty: typing nothing keeps the stored one). Only values that differ
 * from what is stored make the draft, so a setting typed back to its value is not "unsaved".
 * `clean` tidies a typed value before it is compared and saved (a URL's stray spaces), while
 * the field keeps showing exactly what was typed. `K` names the settings a screen edits.
 */
export function useSettingsDraft<K extends string = string>(clean?: Readonly<Partial<Record<K, Clean>>>) {
  const config = useConfig();
  const { entries, resetSave, saveValues } = config;
  const [typed, setTyped] = useState<Record<string, unknown>>({});

  const isStored = (key: string, v: unknown) => {
    const entry = entries?.get(key);
    return entry?.secret ? v === '' : entry?.value === v;
  };
  const draft: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(typed)) {
    const tidy = clean?.[key as K];
    const value = tidy ? tidy(v) : v;
    if (!isStored(key, value)) draft[key] = value;
  }

  const value = <T = unknown>(key: K): T => {
    if (key in typed) return typed[key] as T;
    const entry = entries?.get(key);
    return (entry?.secret ? '' : entry?.value) as T;
  };
  const change = (values: Partial<Record<K, unknown>>) => {
    resetSave();
    setTyped((d) => ({ ...d, ...values }));
  };
  const discard = () => setTyped({});
  /** Saves the draft; true when it was kept (the draft is then empty again). */
  const saveDraft = async (): Promise<boolean> => {
    const ok = await saveValues(draft);
    if (ok) discard();
    return ok;
  };

  return { ...config, draft, dirty: Object.keys(draft).length > 0, value, change, discard, saveDraft };
}
