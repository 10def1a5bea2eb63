/** The chart series of PRODUCT.md §3, each computed from the same scans as the KPIs. */
export { dailySeries } from './daily-series';
export { burnDownSeries } from './burn-down';
export { cumulativeByDayOfPeriod, type CumulativeOptions } from './cumulative';
export { endOfPeriodShares } from './end-of-period';
export { modelMix, type ModelDeliveries } from './model-mix';
