import type { ComponentProps, ReactNode } from 'react';

/**
 * The one SVG frame of the kiosk's line style: strokes in the text colour, round ends, no fill, on
 * a square of `units`. Icons (24 units, `LineIcon`) and guide pictures (120 units) draw in it, so
 * every drawing scales the same way and follows the theme. Decorative unless labelled.
 */
export function LineDrawing({
  size,
  units,
  strokeWidth,
  label,
  children,
  ...rest
}: Readonly<{ size: number; units: number; strokeWidth: number; label?: string; children: ReactNode }> &
  Omit<ComponentProps<'svg'>, 'width' | 'height' | 'viewBox' | 'children'>) {
  return (
    <svg
      {...rest}
      width={size}
      height={size}
      viewBox={`0 0 ${units} ${units}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      {children}
    </svg>
  );
}
