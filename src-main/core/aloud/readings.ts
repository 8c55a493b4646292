import type { ReadingRequest } from '../../api/channels/aloud';
import type { Procedure } from '../../api/channels/catalog';
import { vndInWords } from '../../api/vnd-words';
import { PHRASES as HALL_PHRASES } from '../hall/announcement';
import { telexName } from '../hall/telex-name';
import { cardinalWords, LETTER_NAMES, ticketNumberWords } from '../hall/vietnamese-numbers';

/**
 * What the "Nghe" button says, in Vietnamese (docs/aloud.md). A whole screen's reading (home, a
 * procedure) is one clip named by the Telex spelling of its title, with the text it speaks kept in
 * the readings index; a ticket's reading joins word clips, like a hall call, since its number,
 * counters and queue change with every ticket.
 */

export const HOME_TITLE = 'màn hình chính';

export const HOME_TEXT = [
  'Xin chào. Đây là máy tự phục vụ của Trung tâm phục vụ hành chính công.',
  'Chạm vào một ô trên màn hình để tra cứu thủ tục, lấy số thứ tự, quét mã QR, tra cứu hồ sơ, xem hướng dẫn, gửi phản ánh kiến nghị, hoặc đổi ngôn ngữ.',
  'Nếu cần giúp đỡ, hãy hỏi cán bộ tại quầy.',
].join(' ');

/** Said where the catalog does not know a fact: the screen says the same ("ask at the desk"). */
const ASK_DESK = 'xin hỏi cán bộ tại quầy';

export const TICKET_PHRASES = {
  yourNumber: 'số của bạn là',
  goTo: 'mời bạn chờ gọi số tại quầy',
  or: 'hoặc',
  aheadBefore: 'có',
  aheadAfter: 'người đang chờ trước bạn',
  next: 'bạn là người tiếp theo',
  served: 'số này đã được phục vụ',
  noShow: 'số này đã qua lượt, xin báo cán bộ tại quầy',
} as const;

/** A clip made in advance: its file name (no extension) and the text it speaks. */
export interface Reading {
  readonly name: string;
  readonly text: string;
}

export function procedureTitle(code: string): string {
  return `thủ tục ${code}`;
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function feeText(p: Procedure): string {
  if (!p.fee) return ASK_DESK;
  if (p.fee.free) return 'miễn phí';
  const items = p.fee.items.map((i) => {
    // Set by the province: the catalog's note says by whom and who is exempt, as on the screen.
    if (i.amountVnd === undefined) return `${i.label.vi}: ${i.note ? i.note.vi : `theo quy định của tỉnh, ${ASK_DESK}`}`;
    if (i.amountVnd === 0) return `${i.label.vi}: miễn phí`;
    return `${i.label.vi}: ${vndInWords(i.amountVnd)}${i.perUnit ? ' mỗi bản' : ''}`;
  });
  return items.length > 0 ? items.join('; ') : ASK_DESK;
}

/** The procedure's page read aloud: what to do first if in danger, name, where to submit, the papers, the fee, the time. */
export function procedureReading(p: Procedure): Reading {
  const documents = p.documents.map((d) => d.name.vi.replace(/\s*\([^)]*\)/g, '').trim());
  const text = [
    p.safety ? sentence(p.safety.vi) : '',
    sentence(`Thủ tục: ${p.name.vi}`),
    sentence(`Nơi nộp hồ sơ: ${p.agency ? p.agency.vi : ASK_DESK}`),
    documents.length > 0 ? sentence(`Giấy tờ cần mang: ${documents.join('; ')}`) : '',
    sentence(`Lệ phí: ${feeText(p)}`),
    sentence(`Thời gian giải quyết: ${p.processingTime ? p.processingTime.text.vi : ASK_DESK}`),
  ]
    .filter(Boolean)
    .join(' ');
  return { name: telexName(procedureTitle(p.code)), text };
}

export function homeReading(): Reading {
  return { name: telexName(HOME_TITLE), text: HOME_TEXT };
}

type TicketRequest = Extract<ReadingRequest, { kind: 'ticket' }>;

/** The ticket's words in order, each one clip: number, then counters and people ahead, or its end. */
export function ticketWords(t: TicketRequest): string[] {
  const { letter, digits } = ticketNumberWords(t.number);
  const words: string[] = [
    TICKET_PHRASES.yourNumber,
    ...(t.priority ? [HALL_PHRASES.priority] : []),
    LETTER_NAMES[letter] as string,
    ...digits,
  ];
  if (t.status === 'served') return [...words, TICKET_PHRASES.served];
  if (t.status === 'no-show') return [...words, TICKET_PHRASES.noShow];
  if (t.counters.length > 0) {
    words.push(TICKET_PHRASES.goTo);
    t.counters.forEach((c, i) => {
      if (i > 0) words.push(TICKET_PHRASES.or);
      words.push(...cardinalWords(c));
    });
  }
  if (t.waitingAhead === null) return words;
  if (t.waitingAhead === 0) words.push(TICKET_PHRASES.next);
  else words.push(TICKET_PHRASES.aheadBefore, ...cardinalWords(t.waitingAhead), TICKET_PHRASES.aheadAfter);
  return words;
}

/** Word clips a ticket reading needs beyond the hall's own (the generator makes these). */
export function ticketClipTexts(): string[] {
  return Object.values(TICKET_PHRASES);
}
