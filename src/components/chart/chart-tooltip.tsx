import type { ReactNode } from 'react';
import type { TooltipContentProps } from 'recharts';
import type { ChartTheme } from '../../domain/charts';

export interface ChartTooltipOptions {
  theme: ChartTheme;
  /** The heading: the day, week or period the point stands for. */
  label: (label: unknown, row: unknown) => string;
  value: (value: number, name: string) => string;
  /**
   * The series' keys in the order the chart lists them. Recharts lists series in the order they
   * registered, and a plot drawn in turns registers its bars last.
   */
  order?: readonly string[];
}

function inOrder<T extends { dataKey?: unknown }>(entries: T[], order: readonly string[]): T[] {
  const rank = (entry: T) => {
    const at = order.indexOf(String(entry.dataKey));
    return at < 0 ? order.length : at;
  };
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/**
 * The one tooltip style of every chart: the point's heading, then each series with its colour
 * and exact value. Series with no value at that point are left out rather than shown as 0.
 */
export function chartTooltip(options: ChartTooltipOptions) {
  return function ChartTooltipContent(props: TooltipContentProps): ReactNode {
    const { active, payload, label } = props;
    if (!active || payload.length === 0) return null;
    const entries = inOrder(
      payload.filter((entry) => typeof entry.value === 'number'),
      options.order ?? [],
    );
    const row: unknown = payload[0]?.payload;
    return (
      <div
        className="rounded border px-2 py-1.5 text-xs shadow-md"
        style={{
          background: options.theme.surface,
          color: options.theme.text,
          borderColor: options.theme.grid,
        }}
      >
        <p className="mb-1 font-semibold">{options.label(label, row)}</p>
        <ul>
          {entries.map((entry) => (
            <li key={String(entry.dataKey ?? entry.name)} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-2 w-2 rounded-full"
                style={{ background: entry.color ?? entry.stroke ?? options.theme.text }}
              />
              <span>{String(entry.name)}</span>
              <span className="ml-auto pl-3 font-medium tabular-nums">
                {options.value(entry.value as number, String(entry.name))}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
}
