import { formatMoment } from '../../api/center-clock';
import type { Ticket } from '../../api/channels/tickets';
import type { PrintDocument, PrintLine } from '../../hardware/printer/print-document';

/**
 * The words printed on a ticket. Paper is read by the citizen and by the desk officer, so it is
 * always in Vietnamese, with the citizen's language under it. Thermal printers have no Arabic
 * shaping, so Arabic readers get English on paper (the screen speaks Arabic).
 */
interface PrintLabels {
  readonly title: string;
  readonly priority: string;
  readonly counter: string;
  readonly waitingAhead: string;
  readonly reprint: string;
  readonly scan: string;
  readonly wait: string;
  readonly estimate: string;
  /** "about 1 h 15 min", said as the kiosk says it. */
  readonly about: (hours: number, minutes: number) => string;
}

const LABELS: Readonly<Record<'vi' | 'en' | 'pl', PrintLabels>> = {
  vi: {
    title: 'PHIẾU SỐ THỨ TỰ',
    priority: 'ƯU TIÊN',
    counter: 'Quầy',
    waitingAhead: 'Số người chờ trước',
    reprint: 'BẢN IN LẠI',
    scan: 'Quét mã để xem lượt chờ',
    wait: 'Vui lòng chờ đến khi được gọi số',
    estimate: 'Thời gian chờ dự kiến',
    about: (h, m) => `khoảng ${[h ? `${h} giờ` : '', m ? `${m} phút` : ''].filter(Boolean).join(' ')}`,
  },
  en: {
    title: 'Queue ticket',
    priority: 'PRIORITY',
    counter: 'Counter',
    waitingAhead: 'Waiting ahead',
    reprint: 'REPRINT',
    scan: 'Scan to follow the queue',
    wait: 'Please wait until your number is called',
    estimate: 'Estimated wait',
    about: (h, m) => `about ${[h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ')}`,
  },
  pl: {
    title: 'Numerek do kolejki',
    priority: 'PIERWSZEŃSTWO',
    counter: 'Stanowisko',
    waitingAhead: 'Osób przed Tobą',
    reprint: 'DRUK PONOWNY',
    scan: 'Zeskanuj, aby śledzić kolejkę',
    wait: 'Prosimy czekać na wywołanie numeru',
    estimate: 'Szacowany czas oczekiwania',
    about: (h, m) => `około ${[h ? `${h} godz.` : '', m ? `${m} min` : ''].filter(Boolean).join(' ')}`,
  },
};

function secondLanguage(language: string): 'en' | 'pl' | null {
  if (language === 'vi') return null;
  return language === 'pl' ? 'pl' : 'en';
}

export interface TicketDocumentOptions {
  readonly centerName: string;
  readonly language: string;
  readonly reprint: boolean;
}

export function ticketDocument(ticket: Ticket, options: TicketDocumentOptions): PrintDocument {
  const vi = LABELS.vi;
  const other = secondLanguage(options.language);
  const o = other ? LABELS[other] : null;
  const both = (pick: (l: PrintLabels) => string) => (o ? `${pick(vi)} / ${pick(o)}` : pick(vi));
  const center = (text: string, extra: Partial<{ bold: boolean; size: 1 | 2 | 3 }> = {}): PrintLine => ({
    kind: 'text',
    text,
    align: 'center',
    ...extra,
  });

  const lines: PrintLine[] = [center(options.centerName, { bold: true }), center(vi.title, { bold: true })];
  if (o) lines.push(center(o.title));
  lines.push({ kind: 'rule' }, center(ticket.number, { bold: true, size: 3 }));
  if (ticket.priority)
    lines.push(
      center(
        both((l) => l.priority),
        { bold: true, size: 2 },
      ),
    );
  lines.push(center(ticket.names.vi, { bold: true }));
  if (other && ticket.names[other]) lines.push(center(ticket.names[other] as string));
  lines.push({ kind: 'rule' }, { kind: 'text', text: `${both((l) => l.counter)}: ${ticket.counters.join(', ')}` });
  // A hall member that could not ask its host does not know who is ahead: it prints no count.
  if (!ticket.standingUnknown) lines.push({ kind: 'text', text: `${both((l) => l.waitingAhead)}: ${ticket.waitingAhead}` });
  const est = ticket.estimatedWaitMin;
  if (est !== null) {
    const about = (l: PrintLabels) => l.about(Math.floor(est / 60), est % 60);
    lines.push({ kind: 'text', text: `${vi.estimate}: ${about(vi)}` });
    if (o) lines.push({ kind: 'text', text: `${o.estimate}: ${about(o)}` });
  }
  // `09:05, ngày 23 tháng 11 năm 2026`: the hour first, the date as Vietnamese papers write it.
  lines.push({ kind: 'text', text: formatMoment(ticket.issuedAt, 'vi') });
  if (options.reprint)
    lines.push(
      center(
        both((l) => l.reprint),
        { bold: true },
      ),
    );
  if (ticket.statusUrl) {
    lines.push({ kind: 'qr', data: ticket.statusUrl, cellSize: 6 }, center(vi.scan));
    if (o) lines.push(center(o.scan));
  }
  lines.push(center(vi.wait));
  if (o) lines.push(center(o.wait));
  lines.push({ kind: 'feed', lines: 2 }, { kind: 'cut' });
  return { title: `ticket ${ticket.number}`, lines };
}
