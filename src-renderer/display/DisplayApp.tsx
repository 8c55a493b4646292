import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallBoard, HallCall } from '../../src-main/api/hall';
import { HallClient, type LiveStatus } from '../hall/hall-client';
import { PairingForm } from '../hall/PairingForm';
import { useClock } from '../hooks/useClock';
import { createAnnouncer } from './announcer';
import { Board } from './Board';

/** How long a new call flashes on the board. */
const FLASH_MS = 8000;

/** The hall display: pairs once, then shows the board and announces every call. */
export function DisplayApp() {
  const { t } = useTranslation('hall');
  const [client] = useState(() => new HallClient());
  const [paired, setPaired] = useState(() => client.token !== null);
  const [board, setBoard] = useState<HallBoard | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [flash, setFlash] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  const announcer = useRef<ReturnType<typeof createAnnouncer> | null>(null);
  announcer.current ??= createAnnouncer({ onBlocked: setBlocked });
  const now = useClock();

  useEffect(() => {
    if (!paired) return;
    let flashTimer: ReturnType<typeof setTimeout> | undefined;
    const onCall = (call: HallCall) => {
      setFlash(`${call.ticketId}@${call.at}`);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => setFlash(null), FLASH_MS);
      announcer.current?.announce(call);
    };
    const stop = client.live({
      onPush: (p) => (p.type === 'board' ? setBoard(p.board) : onCall(p.call)),
      onStatus: setStatus,
      onUnpaired: () => {
        client.forget();
        setPaired(false);
      },
    });
    return () => {
      stop();
      clearTimeout(flashTimer);
    };
  }, [client, paired]);

  if (!paired) return <PairingForm client={client} kind="display" onPaired={() => setPaired(true)} />;
  return (
    <div className="display" data-testid="hall-display" data-status={status}>
      {status !== 'online' ? (
        <p className="display__lost" role="alert" data-testid="display-lost">
          {t(status === 'lost' ? 'display.lost' : 'display.connecting')}
        </p>
      ) : null}
      <Board board={board} flash={flash} now={now} />
      {blocked ? (
        <button
          type="button"
          className="display__sound"
          onClick={() => {
            setBlocked(false);
            announcer.current?.resume();
          }}
        >
          {t('display.enableSound')}
        </button>
      ) : null}
    </div>
  );
}
