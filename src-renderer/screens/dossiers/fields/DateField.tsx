import { type NumberPart, PartsField, type PartsFieldProps } from './PartsField';

const DATE_PARTS: readonly NumberPart[] = [
  { name: 'day', max: 2 },
  { name: 'month', max: 2 },
  { name: 'year', max: 4 },
];

/**
 * A date as three boxes (day, month, year) rather than a calendar widget: people know their
 * dates as numbers, and three big boxes are easier to hit than a month grid. The value is
 * `dd/mm/yyyy` as typed; the checks read it.
 */
export function DateField(props: PartsFieldProps) {
  return <PartsField {...props} parts={DATE_PARTS} separator="/" />;
}
