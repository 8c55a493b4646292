import { slashDate, slashDateTime } from '../../api/center-clock';
import type { DossierReceipt } from '../../api/channels/dossiers';
import { formatDossierCode } from '../../api/codes';
import { vndInFigures, vndInWords } from '../../api/vnd-words';
import type { PrintDocument, PrintLine } from '../../hardware/printer/print-document';

/**
 * Paper speaks Vietnamese, the language of the administration and of the clerk who reads it;
 * for a citizen who used another language the labels carry English too, which thermal printers
 * render on any code page (Arabic shaping is beyond them).
 */
const LABELS = {
  title: ['GIẤY BIÊN NHẬN HỒ SƠ', 'DOSSIER RECEIPT'],
  code: ['Mã hồ sơ', 'Dossier code'],
  procedure: ['Thủ tục', 'Procedure'],
  submitted: ['Ngày nộp', 'Submitted'],
  expected: ['Ngày hẹn trả kết quả (dự kiến)', 'Expected result date'],
  delivery: ['Nhận kết quả', 'Result delivery'],
  counter: ['Tại quầy', 'At the counter'],
  post: ['Qua bưu chính công ích', 'By public postal service'],
  documents: ['Giấy tờ mang theo', 'Documents to bring'],
  fee: ['Lệ phí phải nộp', 'Fee to pay'],
  payQr: ['Quét mã bằng ứng dụng ngân hàng để chuyển khoản', 'Scan with a banking app to pay by transfer'],
  beneficiary: ['Người nhận', 'Beneficiary'],
  purpose: ['Nội dung chuyển khoản', 'Transfer note'],
  cash: ['Có thể nộp tiền mặt tại quầy', 'You may also pay in cash at the counter'],
  cashOnly: ['Nộp lệ phí tại quầy', 'Pay the fee at the counter'],
  scan: ['Quét mã QR tại kiosk để tra cứu hồ sơ', 'Scan this QR code at the kiosk to check the status'],
  keep: ['Vui lòng giữ giấy biên nhận này', 'Please keep this receipt'],
} as const;

type Label = keyof typeof LABELS;

/** Builds the dossier receipt for any printer. No personal data: a lost receipt names nobody. */
export function dossierReceiptDocument(
  receipt: DossierReceipt,
  options: Readonly<{ centerName: string; language: string }>,
): PrintDocument {
  const bilingual = options.language !== 'vi';
  const label = (key: Label): string => (bilingual ? `${LABELS[key][0]} / ${LABELS[key][1]}` : LABELS[key][0]);
  const field = (key: Label, value: string): PrintLine[] => [
    { kind: 'text', text: `${label(key)}:` },
    { kind: 'text', text: value, bold: true },
  ];
  const lines: PrintLine[] = [
    { kind: 'text', text: options.centerName, align: 'center', bold: true },
    { kind: 'rule' },
    { kind: 'text', text: LABELS.title[0], align: 'center', bold: true, size: 2 },
    ...(bilingual ? [{ kind: 'text', text: LABELS.title[1], align: 'center' } as const] : []),
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: label('code'), align: 'center' },
    { kind: 'text', text: formatDossierCode(receipt.code), align: 'center', bold: true, size: 2 },
    { kind: 'feed', lines: 1 },
    ...field('procedure', `${receipt.procedureName.vi} (${receipt.procedureCode})`),
    ...field('submitted', slashDateTime(receipt.submittedAt)),
  ];
  if (receipt.expectedResultDate) lines.push(...field('expected', slashDate(receipt.expectedResultDate)));
  if (receipt.delivery) lines.push(...field('delivery', label(receipt.delivery)));
  if (receipt.documentsListed > 0) lines.push(...field('documents', `${receipt.documentsProvided}/${receipt.documentsListed}`));
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
