/**
 * A 24×24 line drawing in the text colour: the one SVG frame every icon set (shared, catalog,
 * technician) draws its path in, so they scale and stay consistent. Decorative unless labelled.
 */
export function LineIcon({ path, size = 40, label }: { path: string; size?: number; label?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className="icon"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}
