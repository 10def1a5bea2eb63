import { useId, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useChartActions } from './chart-actions-context';
import type { ChartCaption, ChartTableData } from './chart-data';
import { ChartLegend, type LegendItem } from './chart-legend';
import { ChartTable } from './chart-table';
import { useChartFormat } from './use-chart-format';
import { chartThemeVariables, useChartTheme } from './use-chart-theme';
import { PlotInViewContext, usePlotInView } from './use-plot-in-view';
import { usePlotMeasure, type PlotMeasure } from './use-plot-width';

export interface PlotSize {
  width: number;
  height: number;
}

export interface ChartFrameProps {
  /** Stable id for exporters: `data-chart-id` on the figure, and file names. */
  chartId: string;
  /** Says what the chart shows: "Burn-down to the 100,000 goal — 2019 Q3". */
  title: string;
  caption: ChartCaption;
  /** What a screen reader hears for the plot: the chart's message in one or two sentences. */
  summary: string;
  /** Plot height in px, reserved before the chart measures its width (no layout shift). */
  height: number;
  legend?: readonly LegendItem[];
  /** A line under the caption, e.g. "Counted per month: one bar per month". */
  note?: ReactNode;
  table: ChartTableData;
  /** Buttons in the header (download, copy), placed before the table toggle. */
  actions?: ReactNode;
  headingLevel?: 3 | 4;
  /**
   * The plot's measured width, when the chart needs it outside the plot too (its title says
   * "per week" when days would be too thin to draw); the frame measures it itself otherwise.
   */
  plot?: PlotMeasure;
  /**
   * Said in place of the plot when there is nothing to draw yet, e.g. a burn-down with no target:
   * what would make the chart appear, rather than empty axes.
   */
  empty?: string;
  /** The plot, drawn once the width is known. */
  children: (size: PlotSize) => ReactNode;
}

/** The one frame every chart is drawn in: title, caption, plot, legend and the data table. */
export function ChartFrame(props: ChartFrameProps) {
  const {
    chartId,
    title,
    caption,
    summary,
    height,
    legend = [],
    note,
    table,
    actions,
    empty,
  } = props;
  const theme = useChartTheme();
  const renderActions = useChartActions();
  const format = useChartFormat();
  const titleId = useId();
  const tableId = useId();
  const ownPlot = usePlotMeasure();
  const { ref: plotRef, width } = props.plot ?? ownPlot;
  const inView = usePlotInView(plotRef);
  const [tableOpen, setTableOpen] = useState(false);
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';

  const style = useMemo(
    () =>
      ({
        ...chartThemeVariables(theme),
        background: 'var(--chart-surface)',
        color: 'var(--chart-text)',
        borderColor: 'var(--chart-grid)',
      }) as CSSProperties,
    [theme],
  );
  // The table can be thousands of cells: built only while open, so a view change never redraws
  // hidden tables (exporters read `table`, not the DOM).
  const tableElement = useMemo(
    () => (tableOpen ? <ChartTable data={table} format={format} /> : null),
    [tableOpen, table, format],
  );

  return (
    <figure
      data-chart-id={chartId}
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-2 rounded-lg border p-3 sm:p-4"
      style={style}
    >
      <figcaption className="flex flex-col gap-0.5">
        {/* The buttons move under the title when it would get less than 12rem: on a phone the
            title stays readable instead of one word a line. */}
        <div className="flex flex-wrap items-start justify-between gap-2">
          <Heading
            id={titleId}
            className="min-w-0 flex-1 basis-48 text-base leading-snug font-semibold"
          >
            {title}
          </Heading>
          <div className="flex shrink-0 flex-wrap justify-end gap-2" data-chart-actions="">
            {renderActions?.({ chartId, title, caption, table })}
            {actions}
            <button
              type="button"
              aria-expanded={tableOpen}
              aria-controls={tableId}
              aria-describedby={titleId}
              onClick={() => setTableOpen((open) => !open)}
              className="rounded border border-[var(--chart-axis)] px-2 py-0.5 text-xs text-[var(--chart-text)] hover:bg-[var(--chart-grid)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--chart-deliveries)]"
            >
              {tableOpen ? 'Hide data table' : 'Show data table'}
            </button>
          </div>
        </div>
        <p className="text-sm text-[var(--chart-muted-text)]">
          {caption.selection} · {caption.asOf ? `as of ${caption.asOf}` : 'no data yet'}
        </p>
        {caption.sources.length > 0 && (
          <p className="text-xs break-words text-[var(--chart-muted-text)]">
            Data: {caption.sources.join(', ')}
          </p>
        )}
        {note && <p className="text-xs text-[var(--chart-muted-text)]">{note}</p>}
      </figcaption>
      {empty === undefined ? (
        <div
          ref={plotRef}
          role="img"
          aria-label={summary}
          data-chart-plot=""
          className="w-full min-w-0 overflow-hidden"
          style={{ height }}
        >
          <PlotInViewContext value={inView}>
            {width > 0 && props.children({ width, height })}
          </PlotInViewContext>
        </div>
      ) : (
        // As tall as the plot, so the page does not jump when the chart gets something to draw.
        <div
          ref={plotRef}
          data-chart-plot=""
          data-chart-empty=""
          className="flex w-full min-w-0 items-center justify-center rounded border border-dashed border-[var(--chart-grid)] px-6 text-center"
          style={{ height }}
        >
          <p className="max-w-sm text-sm text-[var(--chart-muted-text)]">{empty}</p>
        </div>
      )}
      {empty === undefined && <ChartLegend items={legend} />}
      {/* Long tables scroll inside the frame; focusable so keyboard users can scroll them too. */}
      <div
        id={tableId}
        hidden={!tableOpen}
        role="region"
        aria-label={`${title}: data table`}
        tabIndex={0}
        className="max-h-96 overflow-auto focus-visible:outline-2 focus-visible:outline-[var(--chart-deliveries)]"
      >
        {tableElement}
      </div>
    </figure>
  );
}
