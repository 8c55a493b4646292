/** One bar of a horizontal bar chart: a label, its value, and an optional second value drawn thinner. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly second?: number | null;
  readonly caption: string;
}

/**
 * A small horizontal bar chart in SVG: readable on a desk screen and in a screenshot, no chart
 * library. `max` fixes the scale (4 for ratings) or is taken from the data.
 */
export function BarChart({ bars, max, title, testId }: { bars: readonly Bar[]; max?: number; title: string; testId?: string }) {
  const top = max ?? Math.max(1, ...bars.flatMap((b) => [b.value, b.second ?? 0]));
  const row = 34;
  const labelW = 260;
  const barW = 420;
  return (
    <svg
      className="office-chart"
      role="img"
      aria-label={title}
      data-testid={testId}
      viewBox={`0 0 ${labelW + barW + 360} ${bars.length * row + 8}`}
      width="100%"
    >
      {bars.map((b, i) => {
        const y = i * row + 4;
        return (
          <g key={b.label}>
            <text x={labelW - 10} y={y + 20} textAnchor="end" className="office-chart__label">
              {b.label}
            </text>
            <rect x={labelW} y={y + 4} width={(b.value / top) * barW} height={18} rx={3} className="office-chart__bar" />
            {b.second ? (
              <rect x={labelW} y={y + 24} width={(b.second / top) * barW} height={5} rx={2} className="office-chart__second" />
            ) : null}
            <text x={labelW + (b.value / top) * barW + 8} y={y + 19} className="office-chart__value">
              {b.caption}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
