export { DashboardCharts, type DashboardChartsProps } from './dashboard-charts';
export { BurnDownChart, type BurnDownChartProps } from './burn-down-chart';
export { DailyChart, type DailyChartProps } from './daily-chart';
export { CumulativeChart, type CumulativeChartProps } from './cumulative-chart';
export { RegionCharts, type RegionChartsProps } from './region-charts';
export { ModelMixChart, type ModelMixChartProps } from './model-mix-chart';
export {
  EndOfPeriodShareChart,
  type EndOfPeriodShareChartProps,
} from './end-of-period-share-chart';
