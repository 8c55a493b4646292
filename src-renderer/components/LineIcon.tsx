import { LineDrawing } from './LineDrawing';

/**
 * A 24×24 line drawing in the text colour: the frame every icon set (shared, catalog, technician)
 * draws its path in, so they scale and stay consistent. Decorative unless labelled.
 */
export function LineIcon({ path, size = 40, label }: { path: string; size?: number; label?: string }) {
  return (
    <LineDrawing className="icon" size={size} units={24} strokeWidth={2} label={label}>
      <path d={path} />
    </LineDrawing>
  );
}
