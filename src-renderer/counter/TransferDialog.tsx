import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallTicket, ServiceWaiting } from '../../src-main/api/hall';
import { Modal } from '../components/Modal';
import { TouchButton } from '../components/TouchButton';
import type { HallClient } from '../hall/hall-client';
import { serviceName } from '../hall/WaitingTable';

type ServiceOption = Pick<ServiceWaiting, 'prefix' | 'names' | 'counters'> & { id: string };
export type TransferTarget = { serviceId: string } | { counter: number };

/** Sends the current ticket to another service or one counter; it keeps its place by issue time. */
export function TransferDialog({
  client,
  ticket,
  counter,
  onCancel,
  onTransfer,
}: Readonly<{ client: HallClient; ticket: HallTicket; counter: number; onCancel(): void; onTransfer(target: TransferTarget): void }>) {
  const { t, i18n } = useTranslation('hall');
  const [services, setServices] = useState<ServiceOption[]>([]);
  const [toCounter, setToCounter] = useState('');

  useEffect(() => {
    void client.request<ServiceOption[]>('GET', '/api/hall/services').then(setServices, () => setServices([]));
  }, [client]);

  const target = Number(toCounter);
  const counterOk = Number.isInteger(target) && target >= 1 && target <= 99 && target !== counter;

  return (
    <Modal title={t('counter.transferTitle', { number: ticket.number })} onClose={onCancel} testId="transfer-dialog">
      <h3>{t('counter.toService')}</h3>
      <div className="transfer__services">
        {services
          .filter((s) => s.id !== ticket.serviceId)
          .map((s) => (
            <TouchButton key={s.id} onClick={() => onTransfer({ serviceId: s.id })} data-service={s.id}>
              {s.prefix} · {serviceName(s, i18n.language)}
            </TouchButton>
          ))}
      </div>
      <h3>{t('counter.toCounter')}</h3>
      <div className="transfer__counter">
        <input
          name="to-counter"
          type="number"
          min={1}
          max={99}
          value={toCounter}
          aria-label={t('counter.toCounter')}
          onChange={(e) => setToCounter(e.target.value)}
        />
        <TouchButton variant="primary" disabled={!counterOk} onClick={() => onTransfer({ counter: target })}>
          {t('counter.confirm')}
        </TouchButton>
        <TouchButton variant="ghost" onClick={onCancel}>
          {t('counter.cancel')}
        </TouchButton>
      </div>
    </Modal>
  );
}
