import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';

/**
 * A procedure code the catalog does not have (scanned from an old leaflet, another province's
 * poster): never a dead end. The citizen can search by name, take a queue number, or ask the
 * staff at the guidance desk.
 */
export function UnknownProcedure({ code }: { code: string }) {
  const { t } = useTranslation('wayfinding');
  const go = useNavigation((s) => s.go);
  return (
    <section className="screen" data-testid="screen-catalog-procedure" aria-labelledby="screen-title">
      <h1 id="screen-title" className="screen__title" data-testid="procedure-unknown">
        {t('unknownProcedure.title', { code })}
      </h1>
      <p className="lead">{t('unknownProcedure.lead')}</p>
      <div className="way-options">
        <TouchButton variant="primary" size="large" icon="search" onClick={() => go('catalog.search', {})} data-testid="unknown-search">
          {t('unknownProcedure.search')}
        </TouchButton>
        <TouchButton variant="primary" size="large" icon="ticket" onClick={() => go('ticket.services', {})} data-testid="unknown-ticket">
          {t('unknownProcedure.ticket')}
        </TouchButton>
        <p className="way-options__staff" data-testid="unknown-ask-staff">
          <Icon name="help" size={40} />
          <span>{t('unknownProcedure.askStaff')}</span>
        </p>
      </div>
    </section>
  );
}
