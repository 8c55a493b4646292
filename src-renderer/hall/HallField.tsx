import type { ComponentProps } from 'react';

/**
 * A labelled text box of the hall's own pages (pairing a display or counter, a counter's sign-in):
 * the label above the box, or beside it when `inline`. Every other prop is the input's.
 */
export function HallField({ label, inline = false, ...input }: Readonly<{ label: string; inline?: boolean }> & ComponentProps<'input'>) {
  return (
    <label className={inline ? 'hall-field hall-field--inline' : 'hall-field'}>
      <span>{label}</span>
      <input {...input} />
    </label>
  );
}
