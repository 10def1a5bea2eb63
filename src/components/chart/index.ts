export { ChartFrame, type ChartFrameProps, type PlotSize } from './chart-frame';
export type {
  ChartCaption,
  ChartCellValue,
  ChartColumn,
  ChartColumnKind,
  ChartTableData,
} from './chart-data';
export { ChartLegend, DASHES, type LegendItem, type LegendShape } from './chart-legend';
export { ChartPlot, type ChartPlotProps } from './chart-plot';
export {
  PLOT_MARGIN,
  legendOf,
  type AxisFormat,
  type LabelPosition,
  type MarkKind,
  type PlotAxis,
  type PlotMargin,
  type PlotReference,
  type PlotSeries,
  type PlotTooltip,
  type TooltipHeading,
} from './plot-spec';
export { ChartTable } from './chart-table';
export { chartTooltip, type ChartTooltipOptions } from './chart-tooltip';
export { useChartFormat } from './use-chart-format';
export { chartThemeVariables, useChartTheme, useChartThemeName } from './use-chart-theme';
export {
  ChartWidthContext,
  usePlotMeasure,
  usePlotWidth,
  type PlotMeasure,
} from './use-plot-width';
export { whenIdle } from './when-idle';
export {
  PlotTurns,
  PlotTurnsContext,
  nextPlotSlot,
  nextPlotTurn,
  type PlotSlot,
  type PlotTurnRequest,
} from './plot-turns';
export { usePlotTurns } from './use-plot-turns';
export { PlotWarmUp } from './plot-warm-up';
export { OffScreenLag } from './off-screen-lag';
export { useLagOffScreen, type Lagged } from './use-lag-off-screen';
export { useEveryChartCurrent, withEveryChartCurrent } from './every-chart-current';
export { PlotInViewContext, usePlotInView } from './use-plot-in-view';
export { axisStyle, gridStyle, referenceLabel } from './axis-style';
export {
  ChartActionsContext,
  useChartActions,
  type ChartActionInfo,
  type RenderChartActions,
} from './chart-actions-context';
