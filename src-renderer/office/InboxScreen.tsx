import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DossierStep } from '../../src-main/api/center/dossier-steps';
import { InboxItem, type StaffView } from '../../src-main/api/center/office';
import { centerDate, systemClock } from '../../src-main/api/center-clock';
import { formatDossierCode } from '../../src-main/api/codes';
import { DayInput } from './DayInput';
import { officeCall } from './office-api';
import { formatDay, formatTime } from './office-i18n';
import { useLoad } from './use-load';

type Filters = { status: string; procedure: string; from: string; to: string; due: string };
const EMPTY: Filters = { status: '', procedure: '', from: '', to: '', due: '' };
/** A day filter while its text is not a day (null), or a range that ends before it starts. */
type Draft = Omit<Filters, 'from' | 'to'> & { from: string | null; to: string | null };

export function InboxScreen({ me }: { me: StaffView }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [resets, setResets] = useState(0);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  const { value: items, error } = useLoad(() => officeCall('GET', `dossiers?${query}`, z.array(InboxItem)), query);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const backwards = draft.from && draft.to && draft.from > draft.to;
  const { value: communes } = useLoad(
    () =>
      me.role === 'admin' ? officeCall('GET', 'communes', z.array(z.object({ id: z.string(), name: z.string() }))) : Promise.resolve([]),
    me.role,
  );
  const communeName = (id: string) => communes?.find((c) => c.id === id)?.name ?? id;

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <form
        className="office-filters"
        onSubmit={(e) => {
          e.preventDefault();
          const { from, to } = draft;
          if (from === null || to === null || backwards) return;
          setFilters({ ...draft, from, to });
        }}
      >
        <label>
          {t('inbox.status')}
          <select value={draft.status} onChange={set('status')} data-testid="filter-status">
            <option value="">{t('inbox.any')}</option>
            {DossierStep.options.map((s) => (
              <option key={s} value={s}>
                {t(`step.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('inbox.procedure')}
          <input value={draft.procedure} onChange={set('procedure')} size={10} />
        </label>
        <DayInput
          key={`from-${resets}`}
          label={t('inbox.from')}
          initial={filters.from}
          testId="filter-from"
          onChange={(from) => setDraft((d) => ({ ...d, from }))}
        />
        <DayInput
          key={`to-${resets}`}
          label={t('inbox.to')}
          initial={filters.to}
          testId="filter-to"
          onChange={(to) => setDraft((d) => ({ ...d, to }))}
        />
        <label>
          {t('inbox.due')}
          <select value={draft.due} onChange={set('due')}>
            <option value="">{t('inbox.any')}</option>
            <option value="overdue">{t('inbox.overdue')}</option>
            <option value="soon">{t('inbox.soon')}</option>
          </select>
        </label>
        <button type="submit" className="primary">
          {t('inbox.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(EMPTY);
            setFilters(EMPTY);
            setResets((n) => n + 1);
          }}
        >
          {t('inbox.clear')}
        </button>
        {backwards ? (
          <p className="office-field-error" role="alert" data-testid="filter-backwards">
            {t('date.backwards')}
          </p>
        ) : null}
      </form>
      {error ? <p className="office-error">{t('app.error', { message: error })}</p> : null}
      {items === null ? <p>{t('app.loading')}</p> : null}
      {items?.length === 0 ? <p className="office-empty">{t('inbox.empty')}</p> : null}
      {items && items.length > 0 ? (
        <>
          <p className="office-count">{t('inbox.count', { count: items.length })}</p>
          <table className="office-table" data-testid="inbox-table">
            <thead>
              <tr>
                <th>{t('inbox.code')}</th>
                <th>{t('inbox.procedureName')}</th>
                <th>{t('inbox.applicant')}</th>
                {me.role === 'admin' ? <th>{t('inbox.commune')}</th> : null}
                <th>{t('inbox.received')}</th>
                <th>{t('inbox.dueDate')}</th>
                <th>{t('inbox.status')}</th>
                <th>{t('inbox.payment')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => {
                const late =
                  d.dueDate !== null && d.dueDate < centerDate(systemClock.now()) && d.status !== 'ready' && d.status !== 'delivered';
                return (
                  <tr key={d.code} data-testid={`inbox-row-${d.code}`}>
                    <td>
                      <a href={`#/dossier/${d.code}`} className="office-code">
                        {formatDossierCode(d.code)}
                      </a>
                      <div className="office-sub">{d.reference}</div>
                    </td>
                    <td>
                      {d.procedureName}
                      <div className="office-sub">{d.procedureCode}</div>
                    </td>
                    <td>{d.applicantName ?? <span className="office-sub">{t('inbox.hidden')}</span>}</td>
                    {me.role === 'admin' ? <td>{communeName(d.communeId)}</td> : null}
                    <td>{formatTime(d.receivedAt)}</td>
                    <td className={late ? 'is-late' : undefined}>
                      {formatDay(d.dueDate)}
                      {late ? ` · ${t('dossier.overdue')}` : ''}
                    </td>
                    <td>
                      <span className={`office-step office-step--${d.status}`}>{t(`step.${d.status}`)}</span>
                    </td>
                    <td>{t(`payment.${d.payment}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
