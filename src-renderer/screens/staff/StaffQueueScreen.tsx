import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../src-main/api/channels/tickets';
import { ScreenFrame } from '../../components/ScreenFrame';
import type { ScreenParams } from '../../stores/navigation-store';
import { serviceName } from '../tickets/service-text';
import { useServices } from '../tickets/useServices';
import { QueueRow } from './QueueRow';
import { StaffGate } from './StaffGate';
import { useQueue } from './useQueue';
import { useReprint } from './useReprint';
import './staff-screens';
import './staff.css';

export function StaffQueueScreen({ params }: { params: ScreenParams['staff.queue'] }) {
  return (
    <StaffGate here={{ screen: 'staff.queue', params }}>
      <StaffQueue initialService={params.serviceId ?? null} />
    </StaffGate>
  );
}

/** Today's queue per service: who is waiting in calling order, then who is done. */
function StaffQueue({ initialService }: { initialService: string | null }) {
  const { t, i18n } = useTranslation('staff');
  const { services } = useServices();
  const { tickets } = useQueue();
  const { reprint, busy: reprinting, message: reprintMessage } = useReprint();
  const [serviceId, setServiceId] = useState<string | null>(initialService);

  const all = tickets ?? [];
  const shown = serviceId ? all.filter((x) => x.serviceId === serviceId) : all;
  const waiting = shown.filter((x) => x.status === 'waiting');
  const done = shown.filter((x) => x.status !== 'waiting').toSorted((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
  const count = (id: string | null) => all.filter((x) => x.status === 'waiting' && (id === null || x.serviceId === id)).length;
  const feedback = reprintMessage;

  const row = (x: Ticket) => (
    <QueueRow key={x.id} ticket={x} showService={serviceId === null} busy={reprinting} onReprint={() => void reprint(x)} />
  );

  return (
    <ScreenFrame title={t('queue.title')} testId="screen-staff-queue">
      <p className="lead" data-testid="queue-at-counter">
        {t('queue.atCounter')}
      </p>
      <div className="queue-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={serviceId === null}
          className="queue-tab"
          onClick={() => setServiceId(null)}
          data-testid="queue-tab-all"
        >
          {t('queue.all')} <span className="queue-tab__count">{count(null)}</span>
        </button>
        {(services ?? []).map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={serviceId === s.id}
            className="queue-tab"
            onClick={() => setServiceId(s.id)}
            data-testid={`queue-tab-${s.id}`}
          >
            <strong>{s.prefix}</strong> {serviceName(s.names, i18n.language)} <span className="queue-tab__count">{count(s.id)}</span>
          </button>
        ))}
      </div>
      {feedback ? (
        <p className="staff-message" role="status" data-testid="staff-message">
          {feedback}
        </p>
      ) : null}
      {tickets === null ? null : shown.length === 0 ? (
        <p className="lead">{t('queue.empty')}</p>
      ) : (
        <>
          <h2 className="staff-section-title">
            {t('queue.waiting')} ({waiting.length})
          </h2>
          {waiting.length === 0 ? <p className="lead">{t('queue.noneWaiting')}</p> : <ol className="queue-list">{waiting.map(row)}</ol>}
          {done.length > 0 ? (
            <>
              <h2 className="staff-section-title">
                {t('queue.done')} ({done.length})
              </h2>
              <ol className="queue-list">{done.map(row)}</ol>
            </>
          ) : null}
        </>
      )}
    </ScreenFrame>
  );
}
