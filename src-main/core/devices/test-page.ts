import { formatDateTime } from '../../api/center-clock';
import { PORTAL_PROCEDURE_URL } from '../../api/codes';
import type { PrintDocument } from '../../hardware/printer/print-document';

/**
 * The technician's test page: every kind of line, and the Vietnamese letters that break on
 * printers when code pages go wrong (stacked marks, horn, breve, đ, capitals with tones).
 */
export function testPage(centerName: string, at: Date, kioskId: string): PrintDocument {
  const time = formatDateTime(at, 'vi', 'short', 'short');
  return {
    title: 'test page',
    lines: [
      { kind: 'text', text: centerName, align: 'center', bold: true },
      { kind: 'text', text: 'TRANG IN THỬ', align: 'center', size: 2, bold: true },
      { kind: 'rule' },
      { kind: 'text', text: 'Chứng thực bản sao – Quầy số 2 – Người cao tuổi' },
      { kind: 'text', text: 'Ắ Ằ Ẳ Ẵ Ặ Ấ Ầ Ẩ Ẫ Ậ Ế Ề Ể Ễ Ệ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự Ý Ỳ Ỷ Ỹ Ỵ Đ' },
      { kind: 'text', text: 'ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ đ' },
      { kind: 'text', text: 'Căn giữa', align: 'center' },
      { kind: 'text', text: 'Căn phải', align: 'right' },
      { kind: 'text', text: 'A-001', align: 'center', size: 3, bold: true },
      { kind: 'qr', data: PORTAL_PROCEDURE_URL },
      { kind: 'text', text: `${time} · ${kioskId.slice(0, 8)}`, align: 'center' },
      { kind: 'feed', lines: 2 },
      { kind: 'cut' },
    ],
  };
}
