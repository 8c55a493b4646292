import { useTranslation } from 'react-i18next';
import type { TicketPrint } from '../../../src-main/api/channels/tickets';

/** A ticket's paper state in a few words for the desk: printed, printing, or why not. */
export function PrintBadge({ print }: { print: TicketPrint }) {
  const { t } = useTranslation('staff');
  const problem = print.state === 'queued' || print.state === 'failed';
  return (
    <span className={`print-badge print-badge--${print.state}`} data-testid="print-badge" data-state={print.state}>
      {t(`print.${print.state}`)}
      {problem && print.reason ? ` · ${t(`print.reason.${print.reason}`)}` : ''}
    </span>
  );
}
