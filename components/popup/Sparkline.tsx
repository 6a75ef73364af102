interface SparklineProps {
  values: number[];
  /** Readable description, e.g. "Vague asks per week". */
  label: string;
  /** Week start labels matching `values` (for the accessible text). */
  weeks: string[];
  color: string;
}

const WIDTH = 88;
const HEIGHT = 30;
const GAP = 2;

/**
 * Eight weekly bars, this week last and drawn solid. Zero weeks keep a thin baseline tick so
 * "nothing flagged" reads as a value, not as missing data. The numbers are in the accessible
 * name, so screen-reader users get the same trend.
 */
export function Sparkline({ values, label, weeks, color }: SparklineProps) {
  const max = Math.max(1, ...values);
  const barW = (WIDTH - GAP * (values.length - 1)) / values.length;
  const spoken = values.map((v, i) => `${weeks[i] ?? ''}: ${v}`).join(', ');
  const text = `${label}, last ${values.length} weeks, oldest first — ${spoken} (this week).`;
  return (
    <svg class="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={text}>
      <title>{text}</title>
      {values.map((v, i) => {
        const h = v === 0 ? 1.5 : Math.max(3, (v / max) * (HEIGHT - 2));
        const current = i === values.length - 1;
        return (
          <rect
            key={i}
            x={i * (barW + GAP)}
            y={HEIGHT - h}
            width={barW}
            height={h}
            rx={1.5}
            fill={v === 0 ? 'var(--border)' : color}
            opacity={current || v === 0 ? 1 : 0.55}
          />
        );
      })}
    </svg>
  );
}
