import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, type SearchHit } from '../../../src-main/api/channels/catalog';
import { useApi } from '../../api/api-context';
import { KioskTextField } from '../../components/keyboard';
import { ChoiceField } from '../dossiers/fields/ChoiceField';

/** Finds the procedure the feedback is about: type a few words, tap one of the matches. */
export function ProcedurePicker({
  value,
  onChange,
  error,
}: {
  value: { code: string; name: string } | null;
  onChange(p: { code: string; name: string }): void;
  error?: string;
}) {
  const { t, i18n } = useTranslation('feedback');
  const api = useApi();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    let live = true;
    api.call('catalog.search', { query: q, limit: 5 }).then(
      (r) => live && setHits(r.hits),
      () => live && setHits([]),
    );
    return () => {
      live = false;
    };
  }, [api, query]);
  const shown = query.trim().length < 2 ? [] : hits;
  const options = shown.map((h) => ({ value: h.code, label: localized(h.name, i18n.language), detail: h.code }));
  if (value && !options.some((o) => o.value === value.code)) options.unshift({ value: value.code, label: value.name, detail: value.code });
  return (
    <div className="feedback__picker">
      <KioskTextField
        label={t('subject.search')}
        hint={t('subject.searchHint')}
        value={query}
        onChange={setQuery}
        testId="feedback-procedure-search"
      />
      {options.length > 0 ? (
        <ChoiceField
          label={t('subject.pick')}
          options={options}
          value={value?.code ?? ''}
          onChange={(code) => {
            const o = options.find((x) => x.value === code);
            if (o) onChange({ code, name: o.label });
          }}
          error={error}
          testId="feedback-procedure"
        />
      ) : error ? (
        <p className="field__error">{error}</p>
      ) : null}
    </div>
  );
}
