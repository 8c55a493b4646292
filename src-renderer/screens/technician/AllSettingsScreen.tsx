import { useTranslation } from 'react-i18next';
import type { ConfigEntry } from '../../../src-main/api/channels/config';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { ConfigTransferPanel } from './ConfigTransferPanel';
import { SaveBar } from './SaveBar';
import { TechnicianFrame } from './TechnicianFrame';
import { schemaChoices, schemaRange } from './useConfig';
import { useSettingsDraft } from './useSettingsDraft';

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
  const label = t(labelKey(entry.key), { defaultValue: entry.key });
  let control: React.ReactNode;
  switch (kind) {
    case 'choice':
      control = (
        <fieldset className="tech__choices tech__fieldset" aria-labelledby={`${id}-label`}>
          {schemaChoices(entry).map((c) => (
            <TouchButton key={c} className="tech__choice" aria-pressed={value === c} onClick={() => onChange(c)} data-testid={`${id}-${c}`}>
              {c === '' ? t('settings.empty') : c}
            </TouchButton>
          ))}
        </fieldset>
      );
      break;
    case 'integer':
    case 'number':
      control = (
        <KioskTextField
          id={id}
          testId={id}
          label={label}
          hideLabel
          mode={kind === 'integer' ? 'numeric' : 'latin'}
          maxLength={12}
          value={typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : ''}
          // A half-typed number ("0.") stays text until it is one; saving it then says what is wrong.
          onChange={(v) => onChange(v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)}
        />
      );
      break;
    case 'secret':
    case 'text':
      control = (
        <KioskTextField
          id={id}
          testId={id}
          className="tech__mono"
          label={label}
          hideLabel
          mode={kind === 'secret' ? 'latin' : 'text'}
          secret={kind === 'secret'}
          value={typeof value === 'string' ? value : ''}
          placeholder={kind === 'secret' && entry.isSet ? String(entry.value) : ''}
          onChange={(v) => onChange(v)}
        />
      );
      break;
    default: {
      const unhandled: never = kind;
      throw new Error(`unhandled setting kind ${String(unhandled)}`);
    }
  }
  const hint = [
    kind === 'integer' || kind === 'number' ? t('settings.range', { min: range.min, max: range.max }) : '',
    t(`settings.hints.${entry.key.replace(/\./g, '_')}`, { defaultValue: '' }),
  ]
    .filter((h) => h !== '')
    .join(' ');
  return (
    <div className="tech__field tech__setting" data-testid={`${id}-field`}>
      <p className="tech__field-label" id={`${id}-label`}>
        {label}
      </p>
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
  const { entries, loadFailed, reload, save, value, change, dirty, discard, saveDraft } = useSettingsDraft();

  return (
    <TechnicianFrame title={t('settings.title')} testId="screen-technician-settings">
      <p className="tech__field-hint">{t('settings.lead')}</p>
      {loadFailed ? <p className="tech__error">{t('common.failed')}</p> : null}
      {entries ? (
        <section className="tech__section">
          {[...entries.values()].map((e) => (
            <SettingField key={e.key} entry={e} value={value(e.key)} onChange={(v) => change({ [e.key]: v })} />
          ))}
        </section>
      ) : null}
      <SaveBar dirty={dirty} save={save} onSave={() => void saveDraft()} />
      <ConfigTransferPanel
        onImported={() => {
          discard();
          reload();
        }}
      />
    </TechnicianFrame>
  );
}
