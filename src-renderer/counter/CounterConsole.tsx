import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemClock } from '../../src-main/api/center-clock';
import type { CounterAction, CounterState, HallTicket } from '../../src-main/api/hall';
import { TouchButton } from '../components/TouchButton';
import { clockOf } from '../hall/format-wait';
import { type HallClient, HallError, type LiveStatus } from '../hall/hall-client';
import { switchLanguage } from '../hall/hall-language';
import { serviceName, WaitingTable } from '../hall/WaitingTable';
import type { DeskSession } from './CounterSignIn';
import { TransferDialog } from './TransferDialog';

/** Desk keyboard shortcuts (docs/hall.md): function keys do not type into anything. */
const SHORTCUTS: Readonly<Record<string, CounterAction['action'] | 'open-transfer'>> = {
  F1: 'call-next',
  F2: 'recall',
  F3: 'served',
  F4: 'no-show',
  // F6 and F7 belong to the browser (focus cycling, caret browsing) and never reach the page.
  F8: 'open-transfer',
};

function useElapsed(since: string | null): string | null {
  const [now, setNow] = useState(() => systemClock.now().getTime());
  useEffect(() => {
    if (!since) return;
    const timer = setInterval(() => setNow(systemClock.now().getTime()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since ? clockOf(now - Date.parse(since)) : null;
}

/** The desk: the ticket being served, the big action buttons and who waits for this counter. */
export function CounterConsole({
  client,
  session,
  onSignedOut,
  onUnpaired,
}: Readonly<{ client: HallClient; session: DeskSession; onSignedOut(): void; onUnpaired(): void }>) {
  const { t, i18n } = useTranslation('hall');
  const [state, setState] = useState<CounterState | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);

  const handleError = useCallback(
    (err: unknown) => {
      if (err instanceof HallError && err.code === 'unauthorized') {
        onSignedOut();
        return;
      }
      setError(t('counter.error', { message: (err as Error).message }));
    },
    [onSignedOut, t],
  );

  const refresh = useCallback(async () => {
    try {
      setState(await client.request<CounterState>('GET', '/api/hall/counter/state', undefined, session.session));
    } catch (err) {
      handleError(err);
    }
  }, [client, session.session, handleError]);

  // The desk's own ticket changes only by its own actions (answered below); who waits comes with
  // every board push. A push therefore updates the table here instead of asking the host again:
  // eight desks re-reading their state on every push (up to 10 a second in a busy hall) spent
  // their request budget and the host's time on answers the push already held.
  const counter = session.counter;
  useEffect(
    () =>
      client.live({
        onPush: (p) => {
          if (p.type !== 'board') return;
          const services = p.board.waiting.filter((w) => w.counters.includes(counter));
          setState((s) => (s ? { ...s, services } : s));
        },
        onStatus: (s) => {
          setStatus(s);
          // On (re)connection, the whole desk as the host has it (it may have restarted).
          if (s === 'online') void refresh();
        },
        onUnpaired,
      }),
    [client, refresh, onUnpaired, counter],
  );

  const act = useCallback(
    async (action: CounterAction) => {
      setBusy(true);
      setError(null);
      try {
        await client.request<{ ticket: HallTicket | null }>('POST', '/api/hall/counter/action', action, session.session);
        await refresh();
      } catch (err) {
        handleError(err);
      } finally {
        setBusy(false);
      }
    },
    [client, session.session, refresh, handleError],
  );

  const current = state?.current ?? null;
  const latest = useRef({ act, current, busy });
  latest.current = { act, current, busy };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = SHORTCUTS[e.key];
      if (!action) return;
      e.preventDefault();
      const { act: run, current: now, busy: working } = latest.current;
      if (working) return;
      if (action === 'open-transfer') {
        if (now) setTransferOpen(true);
      } else if (action === 'call-next' ? !now : now) void run({ action });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const signOut = async () => {
    try {
      await client.request('DELETE', '/api/hall/counter/session', undefined, session.session);
    } finally {
      onSignedOut();
    }
  };

  const elapsed = useElapsed(current?.lastCallAt ?? current?.calledAt ?? null);
  const waitingTotal = state?.services.reduce((n, s) => n + s.waiting, 0) ?? 0;
  const currentService = current ? state?.services.find((s) => s.serviceId === current.serviceId) : undefined;

  return (
    <div className="counter" data-testid="counter-console" data-busy={busy}>
      <header className="counter__bar">
        <h1>{t('counter.title', { counter: session.counter })}</h1>
        <div className="counter__bar-actions">
          <TouchButton variant="ghost" onClick={() => switchLanguage(i18n)}>
            {t('language')}
          </TouchButton>
          <TouchButton variant="ghost" onClick={() => void signOut()}>
            {t('counter.signOut')}
          </TouchButton>
        </div>
      </header>
      {status === 'lost' ? (
        <p className="hall-banner" role="alert">
          {t('counter.offline')}
        </p>
      ) : null}
      <main className="counter__main">
        <section className="counter__current" aria-live="polite" data-testid="counter-current">
          <h2>{t('counter.current')}</h2>
          {current ? (
            <>
              <p className="counter__number">{current.number}</p>
              <p className="counter__meta">
                {current.priority ? <span className="hall-priority">{t('counter.priority')}</span> : null}{' '}
                {currentService ? serviceName(currentService, i18n.language) : current.serviceId}
              </p>
              <p className="counter__meta">
                {elapsed ? t('counter.elapsed', { time: elapsed }) : null} · {t('counter.calls', { count: current.calls })}
              </p>
            </>
          ) : (
            <p className="counter__none">{t('counter.none')}</p>
          )}
        </section>
        <section className="counter__actions">
          <TouchButton variant="primary" size="large" disabled={busy || current !== null} onClick={() => void act({ action: 'call-next' })}>
            {t('counter.callNext')} <kbd>F1</kbd>
          </TouchButton>
          <TouchButton size="large" disabled={busy || !current} onClick={() => void act({ action: 'recall' })}>
            {t('counter.recall')} <kbd>F2</kbd>
          </TouchButton>
          <TouchButton size="large" disabled={busy || !current} onClick={() => void act({ action: 'served' })}>
            {t('counter.served')} <kbd>F3</kbd>
          </TouchButton>
          <TouchButton variant="danger" size="large" disabled={busy || !current} onClick={() => void act({ action: 'no-show' })}>
            {t('counter.noShow')} <kbd>F4</kbd>
          </TouchButton>
          <TouchButton size="large" disabled={busy || !current} onClick={() => setTransferOpen(true)}>
            {t('counter.transfer')} <kbd>F8</kbd>
          </TouchButton>
        </section>
        {error ? (
          <p className="hall-error" role="alert">
            {error}
          </p>
        ) : null}
        <section className="counter__waiting">
          <h2>{t('counter.waitingTitle')}</h2>
          {state ? <WaitingTable services={state.services} className="hall-table" /> : null}
          {state && waitingTotal === 0 && !current ? <p>{t('counter.nothingWaiting')}</p> : null}
        </section>
      </main>
      <footer className="counter__shortcuts">{t('counter.shortcuts')}</footer>
      {transferOpen && current ? (
        <TransferDialog
          client={client}
          ticket={current}
          counter={session.counter}
          onCancel={() => setTransferOpen(false)}
          onTransfer={(target) => {
            setTransferOpen(false);
            void act({ action: 'transfer', ...target });
          }}
        />
      ) : null}
    </div>
  );
}
