import type { HallDayStats } from '../../../src-main/api/hall';

/**
 * Issued and served per hour as paired columns in SVG (no chart library): readable on the
 * kiosk and in a screenshot. Hours without tickets between the first and last still show.
 */
export function HourChart({
  hours,
  title,
  issuedLabel,
  servedLabel,
}: Readonly<{ hours: HallDayStats['hours']; title: string; issuedLabel: string; servedLabel: string }>) {
  const first = hours[0]?.hour ?? 0;
  const last = hours.at(-1)?.hour ?? first;
  const span = Array.from({ length: last - first + 1 }, (_, i) => {
    const hour = first + i;
    return hours.find((h) => h.hour === hour) ?? { hour, issued: 0, served: 0 };
  });
  const top = Math.max(1, ...span.flatMap((h) => [h.issued, h.served]));
  const slot = 90;
  const plot = 240;
  const base = plot + 30;
  // At least a working day's width, so one busy hour is a column, not the whole screen.
  const width = Math.max(span.length, 12) * slot + 20;
  return (
    <figure className="staff-chart">
      <svg role="img" aria-label={title} data-testid="stats-chart" viewBox={`0 0 ${width} ${base + 36}`} width="100%">
        <line x1={10} x2={span.length * slot + 10} y1={base} y2={base} className="staff-chart__axis" />
        {span.map((h, i) => {
          const x = 10 + i * slot + 14;
          const hi = (h.issued / top) * plot;
          const hs = (h.served / top) * plot;
          return (
            <g key={h.hour}>
              <rect x={x} y={base - hi} width={28} height={hi} className="staff-chart__issued" />
              <rect x={x + 32} y={base - hs} width={28} height={hs} className="staff-chart__served" />
              <text x={x + 14} y={base - hi - 6} textAnchor="middle" className="staff-chart__value">
                {h.issued}
              </text>
              <text x={x + 46} y={base - hs - 6} textAnchor="middle" className="staff-chart__value">
                {h.served}
              </text>
              <text x={x + 30} y={base + 26} textAnchor="middle" className="staff-chart__label">
                {`${String(h.hour).padStart(2, '0')}:00`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="staff-chart__legend">
        <span className="staff-chart__key staff-chart__key--issued" /> {issuedLabel}
        <span className="staff-chart__key staff-chart__key--served" /> {servedLabel}
      </figcaption>
    </figure>
  );
}
