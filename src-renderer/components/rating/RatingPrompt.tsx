import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { isLanguageCode } from '../../i18n/languages';
import { Icon, type IconName } from '../Icon';

const FACES: readonly { score: 1 | 2 | 3 | 4; icon: IconName; key: string }[] = [
  { score: 1, icon: 'faceVeryBad', key: 'veryBad' },
  { score: 2, icon: 'faceBad', key: 'bad' },
  { score: 3, icon: 'faceGood', key: 'good' },
  { score: 4, icon: 'faceVeryGood', key: 'veryGood' },
];

/**
 * "How was it?" after a finished flow: four faces, one tap, optional (a visitor may just leave).
 * Only the face, the flow name and the screen language are stored and sent to the center.
 *
 *   <RatingPrompt flow="ticket" />
 */
export function RatingPrompt({ flow }: { flow: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<'ask' | 'sending' | 'thanks' | 'failed'>('ask');

  const rate = (score: 1 | 2 | 3 | 4) => {
    if (state !== 'ask') return;
    setState('sending');
    const language = isLanguageCode(i18n.language) ? i18n.language : 'vi';
    api.call('rating.submit', { score, flow, language }).then(
      () => setState('thanks'),
      () => setState('failed'),
    );
  };

  if (state === 'thanks' || state === 'failed') {
    return (
      <p className="rating rating--done" role="status" data-testid="rating-done">
        {state === 'thanks' ? t('rating.thanks') : t('rating.failed')}
      </p>
    );
  }
  return (
    <fieldset className="rating" data-testid="rating" disabled={state === 'sending'}>
      <legend className="rating__question">
        {t('rating.question')} <span className="rating__optional">{t('rating.optional')}</span>
      </legend>
      <div className="rating__faces">
        {FACES.map((f) => (
          <button
            key={f.score}
            type="button"
            className={`rating__face rating__face--${f.score}`}
            onClick={() => rate(f.score)}
            data-testid={`rating-${f.score}`}
          >
            <Icon name={f.icon} size={64} />
            <span className="rating__label">{t(`rating.faces.${f.key}`)}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
