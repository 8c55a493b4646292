import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../src-main/api/center-clock';
import { fallbackLang, localized } from '../../../src-main/api/channels/catalog';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import { Icon } from '../../components/Icon';
import { useKiosk } from '../../stores/kiosk-store';

/** First-strong isolate: the text keeps its own direction inside a sentence of another. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * What the citizen still has to do, as the printed slip says it: which papers of their case to
 * bring, where, and by when, matched to how they chose to get the result (at the counter: with the
 * result; by post: before the result date, since nobody comes to collect it).
 */
export function NextSteps({ receipt }: { receipt: DossierReceipt }) {
  const { t, i18n } = useTranslation('dossiers');
  const lang = i18n.language;
  const info = useKiosk((s) => s.info);
  // After the retention purge the receipt no longer knows the case or the delivery: nothing to say.
  if (receipt.delivery === null) return null;
  // Names, dates and numbers are isolated, so a Vietnamese name or a phone keeps its order in Arabic.
  const place = isolate(info?.committeeName || info?.centerName || '');
  const day = receipt.expectedResultDate ? isolate(formatCalendarDate(receipt.expectedResultDate, lang, 'weekday')) : null;
  const post = receipt.delivery === 'post';
  // "with the result on <day>", but "before the result date (<day>)".
  const date = day === null ? '' : post ? ` (${day})` : t('receipt.onDate', { date: day });
  const lead =
    receipt.documents.length > 0
      ? t(post ? 'receipt.bringPost' : 'receipt.bringCounter', { place, date })
      : post
        ? t('receipt.bringNone')
        : `${t('receipt.bringNone')} ${t('receipt.collectCounter', { place, date })}`;
  return (
    <section className="dossier-next" data-testid="receipt-next" data-delivery={receipt.delivery} aria-labelledby="receipt-next-title">
      <h2 id="receipt-next-title" className="dossier-next__title">
        {t('receipt.next')}
      </h2>
      <p className="dossier-next__lead" data-testid="receipt-next-lead">
        {lead}
      </p>
      {receipt.documents.length > 0 ? (
        <ol className="dossier-next__docs" data-testid="receipt-documents">
          {receipt.documents.map((d) => (
            <li key={d.name.vi} className={`dossier-next__doc${d.provided ? '' : ' dossier-next__doc--missing'}`}>
              <span lang={fallbackLang(d.name, lang)}>{localized(d.name, lang)}</span>
              <span className="dossier-next__state">
                {d.provided ? <Icon name="check" size={24} /> : <Icon name="alert" size={24} />}{' '}
                {t(d.provided ? 'receipt.have' : 'receipt.missing')}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="dossier-next__contact" data-testid="receipt-contact">
        {t('receipt.contact', { place })}
        {info?.centerPhone ? t('receipt.phone', { phone: `\u2066${info.centerPhone}\u2069` }) : ''}
      </p>
    </section>
  );
}
