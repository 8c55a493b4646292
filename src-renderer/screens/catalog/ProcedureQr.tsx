import { useTranslation } from 'react-i18next';
import { procedureLink } from '../../../src-main/api/codes';
import { useQrDataUrl } from '../../components/useQrDataUrl';

/**
 * The procedure's QR code: the public portal link, which a phone opens on the portal and the
 * kiosk's scanner turns back into this procedure (`procedureCodeFromPayload`).
 */
export function ProcedureQr({ code, name, national }: { code: string; name: string; national: boolean }) {
  const { t } = useTranslation('catalog');
  const link = procedureLink(code);
  const src = useQrDataUrl(link, 320, '#101828');
  return (
    <figure className="procedure-qr" data-testid="procedure-qr">
      <figcaption className="procedure-qr__title">{t('procedure.qrTitle')}</figcaption>
      <div className="procedure-qr__frame">
        {src ? <img src={src} width={320} height={320} alt={t('procedure.qrAlt', { name })} data-testid="procedure-qr-image" /> : null}
      </div>
      <p className="procedure-qr__hint">{t('procedure.qrHint')}</p>
      {national ? (
        <p className="procedure-qr__link">
          {t('procedure.portal')}:{' '}
          <span dir="ltr" translate="no">
            dichvucong.gov.vn · {code}
          </span>
        </p>
      ) : (
        <p className="procedure-qr__link">{t('procedure.noPortal')}</p>
      )}
    </figure>
  );
}
