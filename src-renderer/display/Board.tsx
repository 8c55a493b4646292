import { useTranslation } from 'react-i18next';
import { wallTime } from '../../src-main/api/center-clock';
import type { HallBoard, HallCall } from '../../src-main/api/hall';
import { serviceName } from '../hall/WaitingTable';

/** A label in Vietnamese with its English line under it, for a hall where both are read. */
function Bilingual({ k, count }: Readonly<{ k: string; count?: number }>) {
  const { t } = useTranslation('hall');
  const options = count === undefined ? {} : { count };
  return (
    <>
      <span className="display__vi">{t(k, { ...options, lng: 'vi' })}</span>
      <span className="display__en" lang="en">
        {t(k, { ...options, lng: 'en' })}
      </span>
    </>
  );
}

const callKey = (c: HallCall) => `${c.ticketId}@${c.at}`;

/** The board of the hall display at 1920×1080: who is called to which counter, the last calls, who waits. */
export function Board({ board, flash, now }: Readonly<{ board: HallBoard | null; flash: string | null; now: Date }>) {
  const current = [...(board?.current ?? [])].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 5);
  const recent = board?.recent ?? [];
  const clock = wallTime(now);
  return (
    <div className="board">
      <header className="board__head">
        <h1>
          <Bilingual k="display.nowCalling" />
        </h1>
        <time className="board__clock">{clock}</time>
      </header>
      <section className="board__calls" aria-live="assertive" data-testid="board-current">
        <div className="board__calls-head" aria-hidden="true">
          <span>
            <Bilingual k="display.number" />
          </span>
          <span>
            <Bilingual k="display.counter" />
          </span>
        </div>
        {current.length === 0 ? (
          <p className="board__empty">
            <Bilingual k="display.nobody" />
          </p>
        ) : (
          current.map((c) => (
            <div
              key={c.ticketId}
              className={`board__call${flash === callKey(c) ? ' board__call--flash' : ''}`}
              data-number={c.number}
              data-counter={c.counter}
            >
              <span className="board__number">
                {c.number}
                {c.priority ? (
                  <small className="board__priority">
                    <Bilingual k="display.priority" />
                  </small>
                ) : null}
              </span>
              <span className="board__counter">{c.counter}</span>
            </div>
          ))
        )}
      </section>
      <aside className="board__recent">
        <h2>
          <Bilingual k="display.recent" />
        </h2>
        <ol data-testid="board-recent">
          {recent.map((c) => (
            <li key={callKey(c)}>
              <span>{c.number}</span>
              <span className="board__arrow" aria-hidden="true">
                →
              </span>
              <span>{c.counter}</span>
            </li>
          ))}
        </ol>
      </aside>
      <footer className="board__waiting" data-testid="board-waiting">
        <h2>
          <Bilingual k="display.waiting" />
        </h2>
        <ul>
          {(board?.waiting ?? []).map((w) => (
            <li key={w.serviceId} data-service={w.serviceId}>
              <span className="hall-letter">{w.prefix}</span>
              <span className="board__service">{serviceName(w, 'vi')}</span>
              <strong>{w.waiting}</strong>
            </li>
          ))}
        </ul>
      </footer>
    </div>
  );
}
