// A horizontal bar chart drawn on the server as inline SVG: no script, no chart library. Each bar
// has its label above it and its number beside it; the same numbers are in the table next to it.

export type Bar = { label: string; value: number; display: string };

const WIDTH = 400;
const ROW = 50;
/** Room beside the longest bar for its number: at least this, more for a longer text ("80 · 52,6 %"). */
const VALUE_ROOM = 84;
/** About the width of one bold 16 px character in the chart's units. */
const CHAR_WIDTH = 10;

export function BarChart({ id, title, bars, testId }: { id: string; title: string; bars: Bar[]; testId?: string }) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const room = Math.max(VALUE_ROOM, 6 + CHAR_WIDTH * Math.max(0, ...bars.map((b) => b.display.length)));
  const scale = max > 0 ? (WIDTH - room) / max : 0;
  return (
    <figure className="max-w-md" data-testid={testId}>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        {bars.map((b, i) => {
          const y = i * ROW;
          const w = b.value > 0 ? Math.max(2, b.value * scale) : 0;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={0} y={y + 16} fontSize={16} className="fill-ink">
                {b.label}
              </text>
              <rect x={0} y={y + 23} width={w} height={18} className="fill-brand-700" />
              <text x={w + 6} y={y + 38} fontSize={16} fontWeight={700} className="fill-ink">
                {b.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
