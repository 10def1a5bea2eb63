/**
 * Monthly and quarterly figures are spread evenly over their days (5,822 / 31 a day), so adding
 * the days back gives 5,821.999999999999. Totals are rounded to a millionth so that a quarter
 * that exactly matches the record counts as reaching it (remaining 0, not 1e-12).
 */
export function tidy(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function tidyOrNull(value: number | null): number | null {
  return value === null ? null : tidy(value);
}
