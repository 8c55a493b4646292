import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../src-main/api/center-clock';
import type { DossierStatus } from '../../../src-main/api/channels/dossiers';

/** Statuses the center contract and the center's steps name; anything else is shown as the center wrote it. */
export const KNOWN_REMOTE = new Set(['submitted', 'received', 'processing', 'needs-info', 'ready', 'delivered', 'returned', 'rejected']);

type Remote = NonNullable<DossierStatus['remote']>;

/** A status word in the citizen's language, or the center's own word when it is not one we know. */
export function useRemoteStepName(): (step: string) => string {
  const { t } = useTranslation('dossiers');
  return (step) => (KNOWN_REMOTE.has(step) ? t(`status.remote.${step}`) : step);
}

/**
 * Each step the center recorded, oldest first, with its time: "more documents needed" carries
 * its reason, a result sent by post its tracking number. Staff names never reach the kiosk.
 */
export function RemoteHistory({ remote }: { remote: Remote }) {
  const { t, i18n } = useTranslation('dossiers');
  const stepName = useRemoteStepName();
  const history = remote.history ?? [];
  if (history.length === 0) return null;
  return (
    <section className="dossier-history" aria-label={t('status.history')}>
      <p className="dossier-remote__label">{t('status.history')}</p>
      <ol data-testid="status-history">
        {history.map((h, i) => (
          <li key={`${h.step}-${h.at}`} data-step={h.step} className={i === history.length - 1 ? 'is-current' : undefined}>
            <span className="dossier-history__step">{stepName(h.step)}</span>
            <span className="dossier-history__time">{formatMoment(h.at, i18n.language)}</span>
            {h.step === 'needs-info' && h.note ? (
              <span className="dossier-history__note">{t('status.supplement', { reason: h.note })}</span>
            ) : null}
            {h.tracking ? (
              <span className="dossier-history__note" data-testid="status-tracking">
                {t('status.tracking', { number: h.tracking })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
