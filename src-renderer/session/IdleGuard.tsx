import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemClock } from '../../src-main/api/center-clock';
import { IDLE_COUNTDOWN_S, STAFF_MIN_IDLE_S } from '../../src-main/api/session-idle';
import { Modal } from '../components/Modal';
import { TouchButton } from '../components/TouchButton';
import { useKiosk } from '../stores/kiosk-store';
import { currentRoute, useNavigation } from '../stores/navigation-store';
import { ACTIVITY_EVENTS } from './activity-events';
import { useEndSession } from './end-session';

/** Seconds the "Are you still there?" question stays up before the visit ends. */
export const COUNTDOWN_S = IDLE_COUNTDOWN_S;
export const DEFAULT_IDLE_TIMEOUT_S = 60;
/** A desk officer reads and thinks longer than a citizen taps; their idle time is at least this. */
export const STAFF_IDLE_TIMEOUT_S = STAFF_MIN_IDLE_S;

/**
 * Watches for a visitor who walked away. After `ui.idleTimeoutS` without a touch or key it asks
 * whether they are still there, counting down; then it ends the session so the next person sees
 * nothing of theirs. Nothing runs on the welcome screen, where there is nothing to protect, nor
 * in technician mode, which ends itself; staff get at least five minutes.
 *
 * One interval reads the wall clock each second, so a late or throttled timer never stretches
 * the countdown: the deadline is a time, not a number of ticks.
 */
export function IdleGuard() {
  const { t } = useTranslation();
  const role = useKiosk((s) => s.role);
  const configured = useKiosk((s) => s.info?.idleTimeoutS ?? DEFAULT_IDLE_TIMEOUT_S);
  const timeoutS = role === 'staff' ? Math.max(configured, STAFF_IDLE_TIMEOUT_S) : configured;
  // Technician mode has its own five-minute timeout (screens/technician), which returns home.
  const onAttract = useNavigation((s) => currentRoute(s).screen === 'attract') || role === 'technician';
  const endSession = useEndSession();
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => systemClock.now().getTime());
  const lastActivity = useRef(systemClock.now().getTime());
  const deadlineRef = useRef<number | null>(null);
  const endRef = useRef(endSession);
  endRef.current = endSession;

  const stay = () => {
    lastActivity.current = systemClock.now().getTime();
    deadlineRef.current = null;
    setDeadline(null);
  };

  useEffect(() => {
    deadlineRef.current = null;
    setDeadline(null);
    if (onAttract) return;
    lastActivity.current = systemClock.now().getTime();
    const onActivity = () => {
      // While the question is up, only its buttons answer it.
      if (deadlineRef.current === null) lastActivity.current = systemClock.now().getTime();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    const tick = setInterval(() => {
      const at = systemClock.now().getTime();
      if (deadlineRef.current === null) {
        if (at - lastActivity.current >= timeoutS * 1000) {
          deadlineRef.current = at + COUNTDOWN_S * 1000;
          setDeadline(deadlineRef.current);
          setNow(at);
        }
      } else if (at >= deadlineRef.current) {
        deadlineRef.current = null;
        setDeadline(null);
        endRef.current('idle');
      } else {
        setNow(at);
      }
    }, 1000);
    return () => {
      clearInterval(tick);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [onAttract, timeoutS]);

  if (deadline === null) return null;
  const remaining = Math.max(0, Math.ceil((deadline - now) / 1000));

  return (
    <Modal title={t('idle.title')} role="alertdialog" onClose={stay} testId="idle-overlay" describedBy="idle-message" conceal>
      <p id="idle-message" className="modal__text">
        {t('idle.message')}
      </p>
      <p className="idle__count" aria-hidden="true" data-testid="idle-count">
        {remaining}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {remaining % 5 === 0 ? t('idle.secondsLeft', { count: remaining }) : ''}
      </p>
      <div className="modal__actions">
        <TouchButton variant="primary" size="large" onClick={stay} data-autofocus data-testid="idle-continue">
          {t('idle.continue')}
        </TouchButton>
        <TouchButton variant="secondary" size="large" onClick={() => endSession('user')} data-testid="idle-end">
          {t('idle.endNow')}
        </TouchButton>
      </div>
    </Modal>
  );
}
