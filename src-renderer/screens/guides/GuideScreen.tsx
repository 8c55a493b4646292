import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Guide, guideText } from '../../../src-main/api/channels/guides';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { useQrDataUrl } from '../../components/useQrDataUrl';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { GuidePicture } from './GuidePicture';
import { useGuides } from './useGuides';
import './guide-screens';
import '../dossiers/dossiers.css';
import './guides.css';

const QR_SIZE = 320;

/** The last screen: the official page as a QR the citizen's phone opens, and its address in words. */
function EndQr({ guide, lang }: { guide: Guide; lang: string }) {
  const { t } = useTranslation('guides');
  const src = useQrDataUrl(guide.link.url, QR_SIZE);
  const label = guideText(guide.link.label, lang);
  return (
    <div className="guide__end" data-testid="guide-end">
      <p className="guide__text">{t('end')}</p>
      {src ? (
        <figure className="dossier-qr guide__qr" data-testid="guide-qr" data-qr={guide.link.url}>
          <img src={src} width={QR_SIZE} height={QR_SIZE} alt={t('qrAlt', { page: label.text })} />
          <figcaption lang={label.fallback ? 'en' : undefined}>{label.text}</figcaption>
        </figure>
      ) : null}
      <p className="guide__url">{guide.link.url}</p>
    </div>
  );
}

/** One guide, a step per screen (drawing and one or two sentences), then the official page's QR. */
export function GuideScreen({ params }: { params: ScreenParams['guides.guide'] }) {
  const { t, i18n } = useTranslation('guides');
  const guides = useGuides();
  const [index, setIndex] = useState(0);
  const lang = i18n.language;
  const guide = guides?.find((g) => g.id === params.id) ?? null;
  if (!guide) {
    return (
      <ScreenFrame title={t('title')} testId="screen-guide">
        <p role="status">{guides === null ? t('loading') : t('notFound')}</p>
      </ScreenFrame>
    );
  }
  const title = guideText(guide.title, lang);
  const total = guide.steps.length;
  const step = guide.steps[index];
  const atEnd = index >= total;
  return (
    <ScreenFrame title={title.text} testId="screen-guide">
      {title.fallback ? (
        <p className="guide__notice" data-testid="guide-fallback">
          {t('fallback')}
        </p>
      ) : null}
      <p className="guide__progress" data-testid="guide-progress">
        {atEnd ? t('last') : t('progress', { n: index + 1, total })}
      </p>
      <div lang={title.fallback ? 'en' : undefined}>
        {step && !atEnd ? (
          <div className="guide__step" data-testid={`guide-step-${index + 1}`}>
            <GuidePicture name={step.picture} />
            <p className="guide__text">{guideText(step.text, lang).text}</p>
          </div>
        ) : (
          <EndQr guide={guide} lang={lang} />
        )}
      </div>
      <div className="dossier-actions guide__actions">
        {index > 0 ? (
          <TouchButton size="large" icon="back" className="flip-rtl" onClick={() => setIndex(index - 1)} data-testid="guide-prev">
            {t('previous')}
          </TouchButton>
        ) : (
          <span />
        )}
        {atEnd ? (
          <TouchButton variant="primary" size="large" icon="check" onClick={() => useNavigation.getState().back()} data-testid="guide-done">
            {t('done')}
          </TouchButton>
        ) : (
          <TouchButton variant="primary" size="large" onClick={() => setIndex(index + 1)} data-testid="guide-next">
            {t('next')}
          </TouchButton>
        )}
      </div>
    </ScreenFrame>
  );
}
