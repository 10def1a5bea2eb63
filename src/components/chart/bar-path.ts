import { barPath } from './bar-shape';

/** Recharts' default gap around the bars of a band (ComposedChart's barCategoryGap, '10%'). */
const CATEGORY_GAP_PERCENT = 10;

/** Recharts' default px between the bars of one band (ComposedChart's barGap). */
export const DEFAULT_BAR_GAP_PX = 4;

/** Where a bar series sits in its band: px from the band's start, and its width. */
export interface BarSlot {
  offset: number;
  size: number;
}

/**
 * The slot of bar series `index` of `count` side by side in a band of `bandSize` px: Recharts'
 * own arithmetic (getBarPositions, bars without a fixed size), step for step, so that the bars
 * drawn as one path stand exactly where Recharts would draw them one by one.
 */
export function barSlot(
  bandSize: number,
  count: number,
  index: number,
  barGap: number,
  maxBarSize?: number,
): BarSlot {
  let gap = Math.min(barGap, bandSize);
  const categoryGap = Math.min((bandSize * CATEGORY_GAP_PERCENT) / 100, bandSize);
  if (bandSize - 2 * categoryGap - (count - 1) * gap <= 0) gap = 0;
  let originalSize = (bandSize - 2 * categoryGap - (count - 1) * gap) / count;
  if (originalSize > 1) originalSize = Math.round(originalSize);
  const size =
    maxBarSize !== undefined && Number.isFinite(maxBarSize)
      ? Math.min(originalSize, maxBarSize)
      : originalSize;
  return {
    offset: categoryGap + (count * (originalSize - size)) / 2 + (size + gap) * index,
    size,
  };
}

/**
 * The px a bar grows from: the value 0 where the axis shows it, else the axis' end nearest to it
 * (Recharts' getBaseValueOfBar, on the scale's own domain, which the hooks do not give: the ends
 * of a linear scale's domain map to the ends of its range, `top` and `bottom`).
 */
export function barBaseY(zeroY: number | undefined, top: number, bottom: number): number {
  const [high, low] = top <= bottom ? [top, bottom] : [bottom, top];
  if (zeroY === undefined || Number.isNaN(zeroY)) return low;
  return Math.min(Math.max(zeroY, high), low);
}

/** A scale as Recharts' hooks give it: a value to px, undefined when it has no place. */
export type PxOf = (value: unknown) => number | undefined;

export interface BarSeriesGeometry {
  /** The start of a category's band, px. */
  bandStart: PxOf;
  slot: BarSlot;
  /** A value on the series' y axis, px. */
  y: PxOf;
  /** The px bars grow from (barBaseY). */
  baseY: number;
}

/**
 * The outline of every bar of one series (the paths Recharts' Rectangle draws, see barPath), in
 * row order, leaving out what Recharts leaves out: no value, no place on an axis, zero height or
 * width.
 */
export function barOutlines(
  rows: readonly object[],
  xKey: string,
  valueKey: string,
  { bandStart, slot, y, baseY }: BarSeriesGeometry,
): string[] {
  const outlines: string[] = [];
  if (slot.size === 0) return outlines;
  for (const row of rows) {
    const fields = row as Record<string, unknown>;
    const value = fields[valueKey];
    if (typeof value !== 'number') continue;
    const start = bandStart(fields[xKey]);
    const top = y(value);
    if (start === undefined || top === undefined || !Number.isFinite(start)) continue;
    const height = Number.isNaN(baseY - top) ? 0 : baseY - top;
    if (height === 0) continue;
    outlines.push(barPath(start + slot.offset, top, slot.size, height));
  }
  return outlines;
}
