import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../src-main/api/center-clock';
import { fallbackLang, localized } from '../../../src-main/api/channels/catalog';
import type { FeedbackReceipt, RemoteFeedbackStatus } from '../../../src-main/api/channels/feedback';
import { formatDossierCode } from '../../../src-main/api/codes';

/** Statuses the center contract names (docs/feedback.md); anything else is shown as the center wrote it. */
const KNOWN = new Set(['received', 'processing', 'answered', 'closed']);

/** The reference in groups and what the kiosk knows of it; never the text, name or phone. */
export function FeedbackFacts({ receipt }: { receipt: FeedbackReceipt }) {
  const { t, i18n } = useTranslation('feedback');
  const lang = i18n.language;
  return (
    <dl className="dossier-receipt__facts">
      <div>
        <dt>{t('review.subject')}</dt>
        <dd lang={receipt.procedureName ? fallbackLang(receipt.procedureName, lang) : undefined}>
          {receipt.procedureName ? localized(receipt.procedureName, lang) : t(`subject.${receipt.subject}`)}
        </dd>
      </div>
      <div>
        <dt>{t('receipt.sent')}</dt>
        <dd>{formatMoment(receipt.submittedAt, lang)}</dd>
      </div>
      <div>
        <dt>{t('receipt.stateLabel')}</dt>
        <dd data-testid="feedback-state" data-state={receipt.state}>
          {t(`receipt.state.${receipt.state}`)}
        </dd>
      </div>
    </dl>
  );
}

export function FeedbackReference({ reference }: { reference: string }) {
  return (
    <p className="dossier-receipt__code" data-testid="feedback-reference" data-reference={reference}>
      {formatDossierCode(reference)}
    </p>
  );
}

export function RemoteFeedback({ remote }: { remote: RemoteFeedbackStatus }) {
  const { t, i18n } = useTranslation('feedback');
  return (
    <div className="dossier-remote" data-testid="feedback-remote" data-status={remote.status}>
      <p className="dossier-remote__label">{t('lookup.atCenter')}</p>
      <p className="dossier-remote__status">{KNOWN.has(remote.status) ? t(`lookup.remote.${remote.status}`) : remote.status}</p>
      {remote.note ? (
        <p className="dossier-remote__note" data-testid="feedback-remote-note">
          {remote.note}
        </p>
      ) : null}
      <p className="dossier-result__meta">{t('lookup.updated', { when: formatMoment(remote.updatedAt, i18n.language) })}</p>
    </div>
  );
}
