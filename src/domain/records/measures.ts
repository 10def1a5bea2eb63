/** The measures of PRODUCT.md §1. Any subset may be present in a dataset. */
export const MEASURES = [
  'deliveries',
  'production',
  'orders',
  'backlog',
  'unscheduled',
  'inventory',
] as const;

export type Measure = (typeof MEASURES)[number];

/**
 * Flow measures add up over days (deliveries on Monday + Tuesday); stock measures are a level
 * at the end of a day (the backlog on Tuesday), so they are never summed over time.
 */
export const STOCK_MEASURES: ReadonlySet<Measure> = new Set([
  'backlog',
  'unscheduled',
  'inventory',
]);

export function isStockMeasure(measure: Measure): boolean {
  return STOCK_MEASURES.has(measure);
}
