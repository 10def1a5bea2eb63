export { ChartFrame, type ChartFrameProps, type PlotSize } from './chart-frame';
export type {
  ChartCaption,
  ChartCellValue,
  ChartColumn,
  ChartColumnKind,
  ChartTableData,
} from './chart-data';
export { ChartLegend, DASHES, type LegendItem, type LegendShape } from './chart-legend';
export { ChartTable } from './chart-table';
export { chartTooltip, type ChartTooltipOptions } from './chart-tooltip';
export { useChartFormat } from './use-chart-format';
export { chartThemeVariables, useChartTheme, useChartThemeName } from './use-chart-theme';
export { ChartWidthContext, usePlotWidth } from './use-plot-width';
export { PLOT_MARGIN, axisStyle, gridStyle, referenceLabel } from './axis-style';
export {
  ChartActionsContext,
  useChartActions,
  type ChartActionInfo,
  type RenderChartActions,
} from './chart-actions-context';
