import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigEntry } from '../../../src-main/api/channels/config';
import { TouchButton } from '../../components/TouchButton';
import { ConfigTransferPanel } from './ConfigTransferPanel';
import { SaveBar } from './SaveBar';
import { TechnicianFrame } from './TechnicianFrame';
import { schemaChoices, schemaRange, useConfig } from './useConfig';

type Kind = 'choice' | 'integer' | 'number' | 'text' | 'secret';

function kindOf(entry: ConfigEntry): Kind {
  if (entry.secret) return 'secret';
  if (schemaChoices(entry).length > 0) return 'choice';
  if (entry.schema.type === 'integer') return 'integer';
  if (entry.schema.type === 'number') return 'number';
  return 'text';
}

/** The i18n key of a setting's label: dots would be read as nesting, so they become `_`. */
const labelKey = (key: string) => `settings.keys.${key.replace(/\./g, '_')}`;

function SettingField({ entry, value, onChange }: { entry: ConfigEntry; value: unknown; onChange(v: unknown): void }) {
  const { t } = useTranslation('technician');
  const id = `setting-${entry.key.replace(/\./g, '-')}`;
  const kind = kindOf(entry);
  const range = schemaRange(entry);
  let control: React.ReactNode;
  switch (kind) {
    case 'choice':
      control = (
        <fieldset className="tech__choices tech__fieldset" aria-labelledby={`${id}-label`}>
          {schemaChoices(entry).map((c) => (
            <TouchButton key={c} className="tech__choice" aria-pressed={value === c} onClick={() => onChange(c)} data-testid={`${id}-${c}`}>
              {c}
            </TouchButton>
          ))}
        </fieldset>
      );
      break;
    case 'integer':
    case 'number':
      control = (
        <input
          id={id}
          data-testid={id}
          type="number"
          inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
          min={range.min}
          max={range.max}
          value={typeof value === 'number' && Number.isFinite(value) ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
      );
      break;
    case 'secret':
    case 'text':
      control = (
        <input
          id={id}
          data-testid={id}
          className="tech__mono"
          type={kind === 'secret' ? 'password' : 'text'}
          autoComplete="off"
          spellCheck={false}
          value={typeof value === 'string' ? value : ''}
          placeholder={kind === 'secret' && entry.isSet ? String(entry.value) : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    default: {
      const unhandled: never = kind;
      throw new Error(`unhandled setting kind ${String(unhandled)}`);
    }
  }
  const hint = kind === 'integer' || kind === 'number' ? t('settings.range', { min: range.min, max: range.max }) : '';
  return (
    <div className="tech__field tech__setting" data-testid={`${id}-field`}>
      <label htmlFor={id} id={`${id}-label`}>
        {t(labelKey(entry.key), { defaultValue: entry.key })}
      </label>
      <span className="tech__row-detail tech__mono">{entry.key}</span>
      {control}
      {hint ? <p className="tech__field-hint">{hint}</p> : null}
    </div>
  );
}

/**
 * Every setting core knows, drawn from its schema: a setting added by any feature shows up here
 * without a screen of its own. Secrets are typed fresh; an empty field keeps the stored one.
 */
export function AllSettingsScreen() {
  const { t } = useTranslation('technician');
  const { entries, loadFailed, reload, save, saveValues, resetSave } = useConfig();
  const [draft, setDraft] = useState<Record<string, unknown>>({});

  const current = (e: ConfigEntry) => (e.key in draft ? draft[e.key] : e.secret ? '' : e.value);
  const change = (e: ConfigEntry, v: unknown) => {
    resetSave();
    setDraft((d) => {
      const next = { ...d, [e.key]: v };
      if ((e.secret && v === '') || (!e.secret && e.value === v)) delete next[e.key];
      return next;
    });
  };

  return (
    <TechnicianFrame title={t('settings.title')} testId="screen-technician-settings">
      <p className="tech__field-hint">{t('settings.lead')}</p>
      {loadFailed ? <p className="tech__error">{t('common.failed')}</p> : null}
      {entries ? (
        <section className="tech__section">
          {[...entries.values()].map((e) => (
            <SettingField key={e.key} entry={e} value={current(e)} onChange={(v) => change(e, v)} />
          ))}
        </section>
      ) : null}
      <SaveBar dirty={Object.keys(draft).length > 0} save={save} onSave={() => void saveValues(draft).then((ok) => ok && setDraft({}))} />
      <ConfigTransferPanel
        onImported={() => {
          setDraft({});
          reload();
        }}
      />
    </TechnicianFrame>
  );
}
