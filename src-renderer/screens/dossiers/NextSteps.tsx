import { useTranslation } from 'react-i18next';
import { fallbackLang, localized } from '../../../src-main/api/channels/catalog';
import type { DossierReceipt } from '../../../src-main/api/channels/dossiers';
import { Icon } from '../../components/Icon';
import { useKiosk } from '../../stores/kiosk-store';
import { formatDay } from './format';

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
  const place = info?.committeeName || info?.centerName || '';
  const date = receipt.expectedResultDate ? t('receipt.onDate', { date: formatDay(receipt.expectedResultDate, lang) }) : '';
  const post = receipt.delivery === 'post';
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
        {info?.centerPhone ? t('receipt.phone', { phone: info.centerPhone }) : ''}
      </p>
    </section>
  );
}
