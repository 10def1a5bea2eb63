/**
 * How wide bars come out, and whether a day's bars are still worth drawing one by one. Bars
 * thinner than a few pixels cannot be told apart or hovered; they only cost marks.
 */

/** Recharts' default gap between categories: 10 % of the band on each side. */
export const CATEGORY_GAP_SHARE = 0.2;

/**
 * Below this, side-by-side bars blur into a comb: the chart shows weeks instead. A quarter's
 * daily bars in a half-width chart on a laptop are about 2 px each and still read as days, which
 * is what people follow at the end of a quarter; on a phone they become weeks.
 */
export const MIN_BAR_PX = 1.5;

/** The width of one bar when `groups` groups of `barsPerGroup` bars share `plotWidthPx`. */
export function barWidthPx(
  plotWidthPx: number,
  groups: number,
  barsPerGroup: number,
  barGapPx: number,
): number {
  if (groups <= 0 || barsPerGroup <= 0) return Math.max(0, plotWidthPx);
  const band = Math.max(0, plotWidthPx) / groups;
  const barsSpace = band * (1 - CATEGORY_GAP_SHARE) - barGapPx * (barsPerGroup - 1);
  return Math.max(0, barsSpace / barsPerGroup);
}

/** Whether one group of bars per day stays at least `minBarPx` wide in the plot. */
export function dailyBarsFit(
  plotWidthPx: number,
  days: number,
  barsPerDay: number,
  barGapPx: number,
  minBarPx: number = MIN_BAR_PX,
): boolean {
  return barWidthPx(plotWidthPx, days, barsPerDay, barGapPx) >= minBarPx;
}
