import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../stores/kiosk-store';
import { Icon } from '../Icon';
import { TouchButton } from '../TouchButton';
import './privacy.css';

/** What a flow collects; each has its own wording of what, why and who receives it. */
export type ConsentPurpose = 'dossier' | 'feedback';

/** Used when the kiosk has not said yet (the setting's default): the notice never shows a blank. */
const DEFAULT_RETENTION_DAYS = 30;

/**
 * The privacy notice shown before a flow asks for anything personal: what is collected, why, how
 * long the kiosk keeps it (the retention setting) and who receives it. The citizen agrees or goes
 * back; nothing is asked before they agree.
 */
export function ConsentNotice({ purpose, onAgree, onBack }: { purpose: ConsentPurpose; onAgree(): void; onBack(): void }) {
  const { t } = useTranslation('privacy');
  const days = useKiosk((s) => s.info?.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const center = useKiosk((s) => s.info?.centerName ?? '');
  const items = [
    { key: 'what', icon: 'dossier' as const, text: t(`${purpose}.what`) },
    { key: 'why', icon: 'help' as const, text: t(`${purpose}.why`) },
    { key: 'keep', icon: 'building' as const, text: t('keep', { count: days }) },
    { key: 'who', icon: 'people' as const, text: t(`${purpose}.who`, { center: `\u2068${center}\u2069` }) },
  ];
  return (
    <section className="consent" data-testid="consent-notice" data-purpose={purpose} aria-labelledby="consent-title">
      <h2 id="consent-title" className="consent__title">
        {t('title')}
      </h2>
      <dl className="consent__list">
        {items.map((i) => (
          <div key={i.key} className="consent__item" data-testid={`consent-${i.key}`}>
            <dt className="consent__label">
              <Icon name={i.icon} size={32} /> {t(`labels.${i.key}`)}
            </dt>
            <dd className="consent__text">{i.text}</dd>
          </div>
        ))}
      </dl>
      <p className="consent__rights">{t('rights')}</p>
      <div className="dossier-actions">
        <TouchButton size="large" icon="back" className="flip-rtl" onClick={onBack} data-testid="consent-back">
          {t('back')}
        </TouchButton>
        <TouchButton variant="primary" size="large" icon="check" onClick={onAgree} data-testid="consent-agree">
          {t('agree')}
        </TouchButton>
      </div>
    </section>
  );
}
