import { useTranslation } from 'react-i18next';
import type { TicketPrint } from '../../../src-main/api/channels/tickets';
import { Icon } from '../../components/Icon';

/**
 * What became of the paper, said plainly. When nothing printed the citizen is told their number
 * is kept and to remember or photograph it, and whether the kiosk will print it by itself.
 */
export function PrintStatus({ print }: { print: TicketPrint }) {
  const { t } = useTranslation('tickets');
  switch (print.state) {
    case 'printed':
    case 'pending':
      return (
        <div
          className={`print-status print-status--${print.state === 'printed' ? 'ok' : 'pending'}`}
          role="status"
          data-testid="print-status"
          data-state={print.state}
        >
          <Icon name="printer" size={48} />
          <p>{t(`print.${print.state}`)}</p>
        </div>
      );
    case 'queued':
    case 'failed': {
      const willRetry = print.reason !== 'not-configured';
      return (
        <div className="print-status print-status--problem" role="alert" data-testid="print-status" data-state={print.state}>
          <Icon name="alert" size={56} />
          <div>
            <p className="print-status__title">{t('print.problemTitle')}</p>
            <p>{t(`print.reason.${print.reason ?? 'error'}`)}</p>
            <p className="print-status__saved">{t('print.saved')}</p>
            <p>{willRetry ? t('print.retry') : t('print.askStaff')}</p>
          </div>
        </div>
      );
    }
    default: {
      const unhandled: never = print.state;
      throw new Error(`unhandled print state ${String(unhandled)}`);
    }
  }
}
