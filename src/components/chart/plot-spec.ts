import type { LegendItem, LegendShape } from './chart-legend';

/**
 * What a chart draws, as plain data: axes, series, reference lines and the tooltip. Specs hold no
 * functions, so the shared plot compares them by value and Recharts redraws only when the data or
 * what is drawn changed — never because a chart built a new object with the same content.
 */

/** How an axis writes its ticks: a day ("Jun 29"), a month ("Jun 2019"), a number, a share. */
export type AxisFormat = 'day' | 'month' | 'number' | 'percent' | 'text';

export interface PlotAxis {
  /** For charts with two y axes (flows left, levels right): the series name it in `axis`. */
  id?: string;
  dataKey?: string;
  type?: 'number' | 'category';
  domain?: readonly [number, number];
  /** Ticks chosen to fit the width: every one is drawn (no measuring of labels). */
  ticks?: readonly (number | string)[];
  format?: AxisFormat;
  /** Width of a y axis in px (its widest label). */
  width?: number;
  orientation?: 'left' | 'right';
  /** Keep the domain even where data goes beyond it (small multiples share one scale). */
  allowDataOverflow?: boolean;
}

export type MarkKind = 'bar' | 'area' | 'line';

export interface PlotSeries {
  /** The row field drawn. */
  key: string;
  /** What the tooltip and legend call it. */
  name: string;
  colour: string;
  mark: MarkKind;
  /** The line's dash, and the legend swatch: 'bar', 'area', 'line', 'dashed', 'dotted', 'thin'. */
  shape: LegendShape;
  /** The legend's words when they differ from the tooltip's ("Backlog (right axis)"). */
  legendLabel?: string;
  /** Leave out of the legend (drawn and in the tooltip). */
  noLegend?: boolean;
  strokeWidth?: number;
  fillOpacity?: number;
  /** Bars: an outline in the series colour (a light fill needs it to stay visible). */
  outline?: boolean;
  /** The y axis (PlotAxis.id) this series is measured on. */
  axis?: string;
  /** Lines: join across empty rows (a projection given only at its two ends). */
  connectNulls?: boolean;
  maxBarSize?: number;
  /** Bars: write each value at the bar's end. */
  valueLabels?: boolean;
}

export type LabelPosition =
  'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight';

/** A horizontal (axis 'y') or vertical (axis 'x') line at a value, with a label inside the plot. */
export interface PlotReference {
  axis: 'x' | 'y';
  value: number;
  colour: string;
  label: string;
  /** Defaults to the line's colour. */
  labelColour?: string;
  labelPosition?: LabelPosition;
  shape?: 'line' | 'dashed';
  /** Grow the axis so that the line is always in view. */
  extendDomain?: boolean;
}

/** The tooltip's heading: the x value as a day, as "Day 12 of the period", as text, or a row field. */
export type TooltipHeading =
  'day' | 'day-of-period' | 'text' | { field: string; kind: 'day' | 'text' };

export interface PlotTooltip {
  heading: TooltipHeading;
  value: 'number' | 'percent';
  /** Bars highlight their band under the pointer; lines show a vertical line. */
  cursor?: 'band' | 'line';
}

export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Margins that leave room for reference labels at the top and the right axis. */
export const PLOT_MARGIN: PlotMargin = { top: 16, right: 16, bottom: 4, left: 4 };

/** The legend entries of the series that have one, drawn as their marks are. */
export function legendOf(series: readonly PlotSeries[]): LegendItem[] {
  return series
    .filter((item) => !item.noLegend)
    .map((item) => ({
      label: item.legendLabel ?? item.name,
      colour: item.colour,
      shape: item.shape,
    }));
}
