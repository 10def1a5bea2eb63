/** How a series is drawn, so that the legend swatch matches the mark (and not only by colour). */
export type LegendShape = 'bar' | 'area' | 'line' | 'dashed' | 'dotted' | 'thin';

export interface LegendItem {
  label: string;
  colour: string;
  shape: LegendShape;
}

/** Dash patterns shared by the marks and their legend swatches. */
export const DASHES: Readonly<Record<LegendShape, string | undefined>> = {
  bar: undefined,
  area: undefined,
  line: undefined,
  thin: undefined,
  dashed: '6 4',
  dotted: '2 3',
};

function Swatch({ colour, shape }: Omit<LegendItem, 'label'>) {
  if (shape === 'bar' || shape === 'area') {
    return (
      <svg width="14" height="10" aria-hidden="true" focusable="false">
        <rect
          width="14"
          height="10"
          rx="1"
          fill={colour}
          fillOpacity={shape === 'area' ? 0.35 : 1}
          stroke={colour}
        />
      </svg>
    );
  }
  return (
    <svg width="22" height="10" aria-hidden="true" focusable="false">
      <line
        x1="0"
        x2="22"
        y1="5"
        y2="5"
        stroke={colour}
        strokeWidth={shape === 'thin' ? 1.5 : 2.5}
        strokeDasharray={DASHES[shape]}
      />
    </svg>
  );
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <Swatch colour={item.colour} shape={item.shape} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
