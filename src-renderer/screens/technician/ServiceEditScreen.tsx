import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSummary } from '../../../src-main/api/channels/catalog';
import { localized } from '../../../src-main/api/channels/catalog';
import { type OpeningHours, type ServiceConfigInput, WEEKDAYS } from '../../../src-main/api/channels/tickets';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { KioskTextField } from '../../components/keyboard';
import { TouchButton } from '../../components/TouchButton';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { defaultHours, formatDayHours, parseDayHours } from './service-hours';
import { TechnicianFrame } from './TechnicianFrame';

const LANGS = ['vi', 'en', 'ar', 'pl'] as const;

interface Form {
  id: string;
  prefix: string;
  names: Record<(typeof LANGS)[number], string>;
  hints: Record<(typeof LANGS)[number], string>;
  counters: string;
  hours: Record<(typeof WEEKDAYS)[number], string>;
  fields: string[];
  active: boolean;
  order: number;
}

function toForm(s: ServiceConfigInput | null): Form {
  const hours = s?.hours ?? defaultHours();
  return {
    id: s?.id ?? '',
    prefix: s?.prefix ?? '',
    names: { vi: s?.names.vi ?? '', en: s?.names.en ?? '', ar: s?.names.ar ?? '', pl: s?.names.pl ?? '' },
    hints: { vi: s?.hints?.vi ?? '', en: s?.hints?.en ?? '', ar: s?.hints?.ar ?? '', pl: s?.hints?.pl ?? '' },
    counters: (s?.counters ?? [1]).join(', '),
    hours: Object.fromEntries(WEEKDAYS.map((d) => [d, formatDayHours(hours[d])])) as Form['hours'],
    fields: [...(s?.fields ?? [])],
    active: s?.active ?? true,
    order: s?.order ?? 0,
  };
}

/** Only the languages filled in: an empty optional name falls back to English in the ticket feature. */
const filled = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v.trim() !== ''));

/** Adds or edits one ticket service; core (the Tickets feature) checks it and says what is wrong. */
export function ServiceEditScreen({ params }: { params: ScreenParams['technician.service'] }) {
  const { t, i18n } = useTranslation('technician');
  const api = useApi();
  const isNew = !params.id;
  const [form, setForm] = useState<Form | null>(isNew ? toForm(null) : null);
  const [catalogFields, setCatalogFields] = useState<FieldSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('catalog.fields', {}).then(
      (r) => setCatalogFields(r.fields),
      () => undefined,
    );
    if (!params.id) return;
    api.call('ticket.services.list', {}).then(
      (list) => setForm(toForm(list.find((s) => s.id === params.id) ?? null)),
      () => setError(t('common.failed')),
    );
  }, [api, params.id, t]);

  const set = useCallback(<K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => (f ? { ...f, [key]: value } : f)), []);

  if (!form) {
    return (
      <TechnicianFrame title={t('services.editTitle')} testId="screen-technician-service">
        <p>{error ?? t('common.loading')}</p>
      </TechnicianFrame>
    );
  }

  const badDays = WEEKDAYS.filter((d) => parseDayHours(form.hours[d]) === null);
  const counters = form.counters
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

  const submit = async () => {
    if (badDays.length > 0) return;
    const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, parseDayHours(form.hours[d]) ?? []])) as OpeningHours;
    const config = {
      id: form.id.trim(),
      prefix: form.prefix.trim().toUpperCase(),
      names: filled(form.names),
      hints: filled(form.hints),
      counters,
      hours,
      fields: form.fields,
      active: form.active,
      order: form.order,
    } as ServiceConfigInput;
    setBusy(true);
    setError(null);
    try {
      await api.call('ticket.services.save', config);
      useNavigation.getState().back();
    } catch (err) {
      setError(err instanceof ApiCallError ? err.message : t('common.failed'));
    } finally {
      setBusy(false);
    }
  };

  const text = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    opts: { mono?: boolean; max?: number; lang?: string; hint?: string } = {},
  ) => (
    <KioskTextField
      id={id}
      testId={id}
      label={label}
      className={opts.mono ? 'tech__mono' : undefined}
      mode={opts.mono ? 'latin' : 'text'}
      value={value}
      maxLength={opts.max ?? 80}
      hint={opts.hint}
      lang={opts.lang}
      onChange={onChange}
    />
  );

  return (
    <TechnicianFrame title={isNew ? t('services.addTitle') : t('services.editTitle')} testId="screen-technician-service">
      <section className="tech__section" aria-labelledby="service-names">
        <h2 id="service-names">{t('services.names')}</h2>
        {LANGS.map((l) => (
          <div key={l} className="tech__field">
            {text(`service-name-${l}`, t(`services.nameIn.${l}`), form.names[l], (v) => set('names', { ...form.names, [l]: v }), {
              lang: l,
            })}
          </div>
        ))}
        {(['vi', 'en'] as const).map((l) => (
          <div key={l} className="tech__field">
            {text(`service-hint-${l}`, t(`services.hintIn.${l}`), form.hints[l], (v) => set('hints', { ...form.hints, [l]: v }), {
              lang: l,
              max: 160,
            })}
          </div>
        ))}
      </section>

      <section className="tech__section" aria-labelledby="service-numbers">
        <h2 id="service-numbers">{t('services.numbering')}</h2>
        {isNew ? (
          <div className="tech__field">
            {text('service-id', t('services.id'), form.id, (v) => set('id', v.toLowerCase()), {
              mono: true,
              max: 40,
              hint: t('services.idHint'),
            })}
          </div>
        ) : null}
        <div className="tech__field">
          {text('service-prefix', t('services.prefix'), form.prefix, (v) => set('prefix', v.toUpperCase().slice(-1)), {
            mono: true,
            max: 2,
            hint: t('services.prefixHint'),
          })}
        </div>
        <div className="tech__field">
          {text('service-counters', t('services.countersLabel'), form.counters, (v) => set('counters', v), {
            mono: true,
            max: 80,
            hint: t('services.countersHint'),
          })}
        </div>
      </section>

      <section className="tech__section" aria-labelledby="service-hours">
        <h2 id="service-hours">{t('services.hours')}</h2>
        <p className="tech__field-hint">{t('services.hoursHint')}</p>
        {WEEKDAYS.map((d) => (
          <div key={d} className="tech__field tech__hours">
            {text(`service-hours-${d}`, t(`services.days.${d}`), form.hours[d], (v) => set('hours', { ...form.hours, [d]: v }), {
              mono: true,
              max: 80,
            })}
            {badDays.includes(d) ? <p className="tech__error">{t('services.hoursBad')}</p> : null}
          </div>
        ))}
      </section>

      {catalogFields.length > 0 ? (
        <section className="tech__section" aria-labelledby="service-fields">
          <h2 id="service-fields">{t('services.fields')}</h2>
          <p className="tech__field-hint">{t('services.fieldsHint')}</p>
          <div className="tech__choices">
            {catalogFields.map((f) => {
              const on = form.fields.includes(f.id);
              return (
                <TouchButton
                  key={f.id}
                  className="tech__choice"
                  aria-pressed={on}
                  onClick={() => set('fields', on ? form.fields.filter((x) => x !== f.id) : [...form.fields, f.id])}
                >
                  {localized(f.name, i18n.language)}
                </TouchButton>
              );
            })}
          </div>
        </section>
      ) : null}

      <div className="tech__savebar">
        <TouchButton
          variant="primary"
          size="large"
          onClick={() => void submit()}
          disabled={busy || badDays.length > 0}
          data-testid="service-save"
        >
          {t('common.save')}
        </TouchButton>
        <TouchButton variant="ghost" onClick={() => useNavigation.getState().back()}>
          {t('common.cancel')}
        </TouchButton>
        <p className="tech__savebar-status" role="status" data-testid="service-error">
          {error ? <span className="tech__error">{t('common.refused', { reason: error })}</span> : null}
        </p>
      </div>
    </TechnicianFrame>
  );
}
