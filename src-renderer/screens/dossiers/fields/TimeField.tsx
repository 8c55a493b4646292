import { type NumberPart, PartsField, type PartsFieldProps } from './PartsField';

const TIME_PARTS: readonly NumberPart[] = [
  { name: 'hour', max: 2 },
  { name: 'minute', max: 2 },
];

/**
 * A time of day as the declarations write it ("… giờ … phút"): two boxes, hours (0–23, the
 * 24-hour clock) and minutes. The value is `h:m` as typed; the draft turns it into `HH:MM`.
 */
export function TimeField(props: PartsFieldProps) {
  return <PartsField {...props} parts={TIME_PARTS} separator=":" />;
}
