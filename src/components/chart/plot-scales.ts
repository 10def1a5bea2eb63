import { fixedDomainTicks, niceScale } from '../../domain/view/nice-scale';
import type { PlotAxis, PlotReference, PlotSeries } from './plot-spec';

interface ScaledSpec {
  x: PlotAxis;
  y: readonly PlotAxis[];
  series: readonly PlotSeries[];
  references?: readonly PlotReference[];
  layout?: 'horizontal' | 'vertical';
}

/** Recharts' default: a y axis is a number axis, an x axis a category axis. */
function isNumberAxis(axis: PlotAxis, kind: 'x' | 'y'): boolean {
  return (axis.type ?? (kind === 'y' ? 'number' : 'category')) === 'number';
}

function* valuesOn(
  rows: readonly object[],
  series: readonly PlotSeries[],
  references: readonly PlotReference[],
  referenceAxis: 'x' | 'y' | null,
): Generator<number> {
  for (const row of rows) {
    const fields = row as Record<string, unknown>;
    for (const { key } of series) {
      const value = fields[key];
      if (typeof value === 'number') yield value;
    }
  }
  // Only reference lines that grow the axis count; the others are dropped when outside it.
  for (const reference of references)
    if (reference.axis === referenceAxis && reference.extendDomain) yield reference.value;
}

/** Whether every value is inside the domain: Recharts widens a given domain to the data's. */
function withinDomain(domain: readonly [number, number], values: Iterable<number>): boolean {
  for (const value of values) if (value < domain[0] || value > domain[1]) return false;
  return true;
}

/**
 * Gives every auto-scaled number axis (no domain, no ticks) the domain and ticks Recharts would
 * work out itself (niceScale), from the rows drawn, and a given domain its ticks
 * (fixedDomainTicks): Recharts then skips its nice-tick arithmetic at each redraw, and a series
 * added at a later turn no longer moves the axis and redraws every mark on it. An axis whose
 * scale cannot be told is left as it is.
 */
export function withNiceScales<T extends ScaledSpec>(spec: T, rows: readonly object[]): T {
  const references = spec.references ?? [];
  const vertical = spec.layout === 'vertical';
  const firstY = spec.y[0]?.id;
  const valuesOf = (axis: PlotAxis, kind: 'x' | 'y', series: readonly PlotSeries[]) => {
    // Reference lines across y are drawn on the first y axis (see referenceOf).
    const referenceAxis = kind === 'x' ? 'x' : axis.id === firstY ? 'y' : null;
    return axis.dataKey
      ? valuesOn(rows, [{ key: axis.dataKey } as PlotSeries], [], null)
      : valuesOn(rows, series, references, referenceAxis);
  };
  const scaled = (axis: PlotAxis, kind: 'x' | 'y', series: readonly PlotSeries[]): PlotAxis => {
    if (axis.ticks !== undefined || !isNumberAxis(axis, kind)) return axis;
    const allowDecimals = axis.format !== 'number';
    if (axis.domain !== undefined) {
      // A given domain's ticks (a share's 0–1) unless the data may widen it.
      if (!axis.allowDataOverflow && !withinDomain(axis.domain, valuesOf(axis, kind, series)))
        return axis;
      const ticks = fixedDomainTicks(axis.domain[0], axis.domain[1], 5, allowDecimals);
      return ticks ? { ...axis, ticks } : axis;
    }
    const scale = niceScale(valuesOf(axis, kind, series), { allowDecimals });
    return scale ? { ...axis, domain: scale.domain, ticks: scale.ticks } : axis;
  };
  // Series are measured on the value axis: their own y axis (by id) or, laid out vertically, x.
  const x = scaled(spec.x, 'x', vertical ? spec.series : []);
  const y = spec.y.map((axis) =>
    scaled(axis, 'y', vertical ? [] : spec.series.filter((series) => series.axis === axis.id)),
  );
  return { ...spec, x, y };
}
