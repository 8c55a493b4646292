import { z } from 'zod';
import type { ByteLink } from '../link/byte-link';
import { SerialLineDevice, type SerialLineDeviceOptions } from '../scanner/serial-line-device';

const Text = z
  .string()
  .max(300)
  .refine((s) => !/[|\p{Cc}]/u.test(s), 'no | or control characters');
const DateText = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string().regex(/^\d{8}$/)]);

/**
 * What a chip-reader bridge sends, one JSON object a line: a card it has read, or its own state.
 * Vendor bridges differ in details; this is the common shape the kiosk accepts.
 */
const CardMessage = z.object({
  type: z.literal('card'),
  idNumber: z.string().regex(/^\d{12}$/),
  oldIdNumber: z
    .string()
    .regex(/^(\d{9})?$/)
    .default(''),
  fullName: Text,
  dateOfBirth: DateText,
  sex: z.enum(['Nam', 'Nữ', 'male', 'female']),
  address: Text,
  issueDate: DateText,
});
const StatusMessage = z.object({
  type: z.literal('status'),
  state: z.enum(['ready', 'no-card', 'error']),
  message: z.string().max(200).optional(),
});
const ReaderMessage = z.discriminatedUnion('type', [CardMessage, StatusMessage]);
type CardMessage = z.infer<typeof CardMessage>;

function ddmmyyyy(date: string): string {
  return date.length === 8 ? date : `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(0, 4)}`;
}

/** The card in the CCCD QR's own text form, so one classifier reads cards from any source. */
export function cardToQrText(card: CardMessage): string {
  const sex = card.sex === 'male' || card.sex === 'Nam' ? 'Nam' : 'Nữ';
  return [card.idNumber, card.oldIdNumber, card.fullName, ddmmyyyy(card.dateOfBirth), sex, card.address, ddmmyyyy(card.issueDate)].join(
    '|',
  );
}

/**
 * A serial ID-card reader speaking line-delimited JSON. Anything else it sends (noise, a wrong
 * baud rate, half a message) is reported as the reader's health and never stops the reading.
 */
export function jsonCardReader(
  link: ByteLink,
  options: Omit<SerialLineDeviceOptions, 'kind'>,
  emit: (qrText: string) => void,
): SerialLineDevice {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const device: SerialLineDevice = new SerialLineDevice(link, { ...options, kind: 'idReader' }, (line, overflowed) => {
    let message: z.infer<typeof ReaderMessage> | null = null;
    if (!overflowed) {
      try {
        const parsed = ReaderMessage.safeParse(JSON.parse(decoder.decode(line)));
        if (parsed.success) message = parsed.data;
      } catch {
        message = null;
      }
    }
    if (!message) {
      // Never log the line itself: it may hold a citizen's name or ID number.
      options.log.warn('card reader sent unreadable data', { bytes: line.length });
      device.report('error', `unreadable data from the reader (${line.length} bytes): check baud rate and cable`);
      return;
    }
    if (message.type === 'status') {
      device.report(
        message.state === 'error' ? 'error' : 'ready',
        message.state === 'error' ? (message.message ?? 'reader error') : undefined,
      );
      return;
    }
    device.report('ready');
    emit(cardToQrText(message));
  });
  return device;
}
