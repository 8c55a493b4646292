import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemClock } from '../../../src-main/api/center-clock';
import type { ChipFailure, ChipStep } from '../../../src-main/api/channels/cards';
import { useApi } from '../../api/api-context';
import { Icon } from '../../components/Icon';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { useIdCard } from '../../scan/id-card-store';
import { useNavigation } from '../../stores/navigation-store';
import { CardOnReaderPicture } from './CardOnReaderPicture';
import { type ChipResult, useChipRead } from './chip-store';
import './cards-screens';
import './cards.css';

const STEPS: readonly ChipStep[] = ['authenticating', 'reading-data', 'reading-photo', 'verifying'];
/** Failures worth trying again right away: the citizen can fix them at the reader. */
const RETRY: ReadonlySet<ChipFailure> = new Set(['card-removed', 'no-card', 'wrong-key', 'other-card', 'secure-messaging', 'busy']);

type View = { kind: 'reading'; step: ChipStep } | { kind: 'failed'; reason: ChipFailure } | { kind: 'done'; result: ChipResult };

/**
 * "Place the card on the reader": reads the chip of the card whose QR was just scanned, shows the
 * steps, then the chip's data and photo marked verified (or why not). The photo lives in memory
 * for this visit only.
 */
export function ChipReadScreen() {
  const { t } = useTranslation('cards');
  const api = useApi();
  const card = useIdCard((s) => s.card);
  const setResult = useChipRead((s) => s.set);
  const back = useNavigation((s) => s.back);
  const [view, setView] = useState<View>({ kind: 'reading', step: 'waiting' });
  const alive = useRef(true);

  useEffect(() => api.on('cards.onProgress', ({ step }) => setView((v) => (v.kind === 'reading' ? { kind: 'reading', step } : v))), [api]);

  const read = useCallback(async () => {
    if (!card) return;
    setView({ kind: 'reading', step: 'waiting' });
    try {
      const outcome = await api.call('cards.read', { idNumber: card.idNumber, dateOfBirth: card.dateOfBirth, issueDate: card.issueDate });
      if (!alive.current) return;
      if (!outcome.ok) {
        setView({ kind: 'failed', reason: outcome.reason });
        return;
      }
      const result: ChipResult = {
        identity: outcome.identity,
        verified: outcome.verified,
        photo: outcome.photo,
        readAt: systemClock.now().getTime(),
      };
      setResult(result);
      setView({ kind: 'done', result });
    } catch {
      if (alive.current) setView({ kind: 'failed', reason: 'reader-error' });
    }
  }, [api, card, setResult]);

  useEffect(() => {
    alive.current = true;
    void read();
    return () => {
      alive.current = false;
      // Leaving while the kiosk waits for the card: stop waiting.
      api.call('cards.cancel', {}).catch(() => undefined);
    };
  }, [read, api]);

  const skip = (
    <TouchButton variant="secondary" onClick={back} data-testid="chip-skip">
      {t('read.useQr')}
    </TouchButton>
  );

  if (!card) {
    return (
      <ScreenFrame title={t('read.title')} testId="screen-cards-chip" actions={skip}>
        <p className="lead">{t('read.noCard')}</p>
      </ScreenFrame>
    );
  }

  if (view.kind === 'done') {
    const { identity, verified, photo } = view.result;
    return (
      <ScreenFrame
        title={t('read.doneTitle')}
        testId="screen-cards-chip"
        actions={
          <TouchButton variant="primary" onClick={back} data-testid="chip-continue">
            {t('read.continue')}
          </TouchButton>
        }
      >
        <p
          className={`chip-verdict chip-verdict--${verified ? 'ok' : 'warn'}`}
          role="status"
          data-testid="chip-verdict"
          data-verified={verified}
        >
          <Icon name={verified ? 'check' : 'alert'} size={36} /> {verified ? t('read.verified') : t('read.notVerified')}
        </p>
        <div className="chip-holder" data-testid="chip-holder">
          {photo ? <img className="chip-holder__photo" src={photo} alt={t('read.photoAlt')} data-testid="chip-photo" /> : null}
          <dl className="chip-holder__fields">
            <dt>{t('field.fullName')}</dt>
            <dd data-testid="chip-fullName">{identity.fullName}</dd>
            <dt>{t('field.idNumber')}</dt>
            <dd>{identity.idNumber}</dd>
            <dt>{t('field.dateOfBirth')}</dt>
            <dd>{identity.dateOfBirth.split('-').reverse().join('/')}</dd>
            <dt>{t('field.placeOfResidence')}</dt>
            <dd>{identity.placeOfResidence}</dd>
          </dl>
        </div>
        <p className="chip-privacy">{t('read.privacy')}</p>
      </ScreenFrame>
    );
  }

  if (view.kind === 'failed') {
    return (
      <ScreenFrame
        title={t('read.failedTitle')}
        testId="screen-cards-chip"
        actions={
          <>
            {RETRY.has(view.reason) ? (
              <TouchButton variant="primary" onClick={() => void read()} data-testid="chip-retry">
                {t('read.retry')}
              </TouchButton>
            ) : null}
            {skip}
          </>
        }
      >
        <p className="chip-verdict chip-verdict--bad" role="alert" data-testid="chip-error" data-reason={view.reason}>
          <Icon name="alert" size={36} /> {t(`failure.${view.reason}`)}
        </p>
        <CardOnReaderPicture />
      </ScreenFrame>
    );
  }

  const current = STEPS.indexOf(view.step);
  return (
    <ScreenFrame title={t('read.title')} testId="screen-cards-chip" actions={skip}>
      <p className="lead">{view.step === 'waiting' ? t('read.place') : t('read.hold')}</p>
      <CardOnReaderPicture />
      <ol className="chip-steps" aria-label={t('read.progress')} data-testid="chip-steps" data-step={view.step}>
        {STEPS.map((step, i) => (
          <li
            key={step}
            className={i < current ? 'chip-step chip-step--done' : i === current ? 'chip-step chip-step--now' : 'chip-step'}
            aria-current={i === current ? 'step' : undefined}
          >
            {t(`step.${step}`)}
          </li>
        ))}
      </ol>
      <p className="chip-privacy" role="status">
        {view.step === 'waiting' ? t('read.waiting') : t(`step.${view.step}`)}
      </p>
    </ScreenFrame>
  );
}
