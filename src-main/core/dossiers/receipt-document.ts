import { formatMoment, vietnameseDateWords } from '../../api/center-clock';
import type { DossierReceipt } from '../../api/channels/dossiers';
import { formatDossierCode } from '../../api/codes';
import { vndInFigures, vndInWords } from '../../api/vnd-words';
import type { PrintDocument, PrintLine } from '../../hardware/printer/print-document';

/**
 * Paper speaks Vietnamese, the language of the administration and of the clerk who reads it;
 * for a citizen who used another language the labels carry English too, which thermal printers
 * render on any code page (Arabic shaping is beyond them). The fields are those of the official
 * "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (the one-stop-shop slip of Decree 61/2018/ND-CP and
 * Circular 01/2018/TT-VPCP): receiving body, applicant, procedure, documents, appointment date,
 * how the result is returned, and whom to ask.
 */
const LABELS = {
  title: ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'DOSSIER RECEIPT AND APPOINTMENT SLIP'],
  receivedBy: ['Cơ quan tiếp nhận', 'Receiving body'],
  code: ['Mã hồ sơ', 'Dossier code'],
  applicant: ['Người nộp hồ sơ', 'Applicant'],
  procedure: ['Thủ tục', 'Procedure'],
  submitted: ['Ngày nộp', 'Submitted'],
  expected: ['Ngày hẹn trả kết quả (dự kiến)', 'Expected result date'],
  delivery: ['Nhận kết quả', 'Result delivery'],
  counter: ['Tại quầy', 'At the counter'],
  post: ['Qua bưu chính công ích', 'By public postal service'],
  documents: ['Giấy tờ của hồ sơ', 'Documents of the dossier'],
  have: ['đã có', 'ready'],
  missing: ['chưa có, cần bổ sung', 'missing, to be added'],
  bringCounter: [
    'Mang bản chính các giấy tờ trên đến Bộ phận Một cửa khi đến nhận kết quả.',
    'Bring the originals of these papers to the one-stop counter when you collect the result.',
  ],
  bringPost: [
    'Mang bản chính các giấy tờ trên đến Bộ phận Một cửa trước ngày hẹn trả kết quả; kết quả sẽ được gửi qua bưu chính.',
    'Bring the originals of these papers to the one-stop counter before the result date; the result will be sent by post.',
  ],
  noDocuments: ['Không cần mang giấy tờ nào.', 'No papers to bring.'],
  contact: ['Liên hệ', 'Contact'],
  counterDesk: ['Bộ phận Một cửa', 'One-stop counter'],
  phone: ['Điện thoại', 'Phone'],
  fee: ['Lệ phí phải nộp', 'Fee to pay'],
  payQr: ['Quét mã bằng ứng dụng ngân hàng để chuyển khoản', 'Scan with a banking app to pay by transfer'],
  beneficiary: ['Người nhận', 'Beneficiary'],
  purpose: ['Nội dung chuyển khoản', 'Transfer note'],
  cash: ['Có thể nộp tiền mặt tại quầy', 'You may also pay in cash at the counter'],
  cashOnly: ['Nộp lệ phí tại quầy', 'Pay the fee at the counter'],
  scan: ['Quét mã QR tại kiosk để tra cứu hồ sơ', 'Scan this QR code at the kiosk to check the status'],
  keep: ['Vui lòng giữ giấy hẹn trả kết quả này', 'Please keep this slip'],
} as const;

type Label = keyof typeof LABELS;

export interface ReceiptDocumentOptions {
  /** The service center's name (config `center.name`). */
  readonly centerName: string;
  /** The People's Committee that receives the dossier (config `center.committeeName`); empty: the center. */
  readonly committeeName?: string;
  /** The center's phone (config `center.phone`); empty prints none. */
  readonly phone?: string;
  readonly language: string;
  /** Printed only on the slip printed at submission, never on a reprint asked later by code. */
  readonly applicantName?: string | null;
}

/** Builds the dossier slip for any printer. Names the applicant only when `applicantName` is given. */
export function dossierReceiptDocument(receipt: DossierReceipt, options: Readonly<ReceiptDocumentOptions>): PrintDocument {
  const bilingual = options.language !== 'vi';
  const label = (key: Label): string => (bilingual ? `${LABELS[key][0]} / ${LABELS[key][1]}` : LABELS[key][0]);
  const field = (key: Label, value: string): PrintLine[] => [
    { kind: 'text', text: `${label(key)}:` },
    { kind: 'text', text: value, bold: true },
  ];
  const body = options.committeeName?.trim() || options.centerName;
  const lines: PrintLine[] = [
    { kind: 'text', text: body.toLocaleUpperCase('vi'), align: 'center', bold: true },
    ...(body !== options.centerName ? [{ kind: 'text', text: options.centerName, align: 'center' } as const] : []),
    { kind: 'rule' },
    { kind: 'text', text: LABELS.title[0], align: 'center', bold: true },
    ...(bilingual ? [{ kind: 'text', text: LABELS.title[1], align: 'center' } as const] : []),
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: label('code'), align: 'center' },
    { kind: 'text', text: formatDossierCode(receipt.code), align: 'center', bold: true, size: 2 },
    { kind: 'feed', lines: 1 },
    ...field('receivedBy', body),
    ...(options.applicantName ? field('applicant', options.applicantName) : []),
    ...field('procedure', `${receipt.procedureName.vi} (${receipt.procedureCode})`),
    // Dates as Vietnamese papers write them (`ngày 6 tháng 12 năm 2026`), the same words as the screen.
    ...field('submitted', formatMoment(receipt.submittedAt, 'vi')),
    ...documentLines(receipt, label),
  ];
  if (receipt.expectedResultDate) lines.push(...field('expected', vietnameseDateWords(receipt.expectedResultDate)));
  if (receipt.delivery) lines.push(...field('delivery', label(receipt.delivery)));
  const phone = options.phone?.trim();
  lines.push(...field('contact', phone ? `${label('counterDesk')}, ${label('phone')} ${phone}` : label('counterDesk')));
  if (receipt.payment) lines.push(...paymentLines(receipt.code, receipt.payment, label, field));
  lines.push(
    { kind: 'rule' },
    { kind: 'qr', data: receipt.code, cellSize: 6 },
    { kind: 'text', text: label('scan'), align: 'center' },
    { kind: 'text', text: label('keep'), align: 'center' },
    { kind: 'feed', lines: 3 },
    { kind: 'cut' },
  );
  return { title: `receipt ${receipt.code}`, lines };
}

/**
 * The papers of the citizen's case, one per line with whether they have it, then where and when
 * to bring them: at the counter with the result, or (the result going by post) before its date.
 * After the retention purge the list is gone and nothing is said about papers.
 */
function documentLines(receipt: DossierReceipt, label: (key: Label) => string): PrintLine[] {
  if (receipt.delivery === null) return [];
  if (receipt.documents.length === 0) return [{ kind: 'text', text: `${label('documents')}: ${label('noDocuments')}` }];
  return [
    { kind: 'text', text: `${label('documents')} (${receipt.documentsProvided}/${receipt.documentsListed}):` },
    ...receipt.documents.map(
      (d, i): PrintLine => ({ kind: 'text', text: `${i + 1}. ${d.name.vi} (${label(d.provided ? 'have' : 'missing')})` }),
    ),
    { kind: 'text', text: label(receipt.delivery === 'post' ? 'bringPost' : 'bringCounter'), bold: true },
  ];
}

/**
 * The fee block: amount in figures and words, the VietQR that pays it with the dossier code as
 * the transfer note, and that cash at the counter is still taken. No QR while the center has not
 * set its bank account.
 */
function paymentLines(
  code: string,
  payment: NonNullable<DossierReceipt['payment']>,
  label: (key: Label) => string,
  field: (key: Label, value: string) => PrintLine[],
): PrintLine[] {
  const lines: PrintLine[] = [
    { kind: 'rule' },
    ...field('fee', vndInFigures(payment.amountVnd)),
    { kind: 'text', text: `(${vndInWords(payment.amountVnd)})` },
  ];
  if (!payment.qrPayload) return [...lines, { kind: 'text', text: label('cashOnly'), bold: true }];
  return [
    ...lines,
    { kind: 'text', text: label('payQr'), align: 'center' },
    { kind: 'qr', data: payment.qrPayload, cellSize: 5 },
    ...(payment.beneficiaryName ? field('beneficiary', payment.beneficiaryName) : []),
    ...field('purpose', code),
    { kind: 'text', text: label('cash'), bold: true },
  ];
}
