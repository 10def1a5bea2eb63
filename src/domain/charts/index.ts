/** Pure helpers for drawing charts: thinning, bucketing, ticks, formats and colours. */
export { lttb, lttbIndices } from './lttb';
export { MAX_MARKS_PER_CHART, countMarks, thinRows, type SeriesValue } from './thin';
export {
  bucketByMonth,
  bucketByWeek,
  bucketDays,
  monthOf,
  needsWeeklyBars,
  weekStartOf,
  type BucketKeys,
  type DayBucket,
} from './bucket';
export { CATEGORY_GAP_SHARE, MIN_BAR_PX, barWidthPx, dailyBarsFit } from './bar-width';
export {
  EARLIER_PERIODS_COMPARED,
  chartSeriesCache,
  computeChartSeries,
  regionsOf,
  type ChartSeries,
  type ChartSeriesInput,
  type RegionSeries,
} from './chart-series';
export {
  categoryTicks,
  dayOfPeriodTicks,
  dayTicks,
  maxTicksForWidth,
  niceScale,
  yAxisWidth,
} from './ticks';
export { chartFormat, gapInWords, type ChartFormat } from './format';
export {
  CHART_THEMES,
  assignColours,
  contrastRatio,
  relativeLuminance,
  type ChartTheme,
  type ThemeName,
} from './palette';
