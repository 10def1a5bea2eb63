import { memo, useContext, useMemo, useRef, useState, type RefObject } from 'react';
import { ComposedChart } from 'recharts';
import type { PlotSize } from './chart-frame';
import { barPathsOf, drawsBarPaths } from './bar-paths';
import { axesOf, markOf, referenceOf, tooltipOf } from './plot-elements';
import {
  PLOT_MARGIN,
  type PlotAxis,
  type PlotMargin,
  type PlotReference,
  type PlotSeries,
  type PlotTooltip,
} from './plot-spec';
import { useChartFormat } from './use-chart-format';
import { useChartTheme } from './use-chart-theme';
import { useEveryChartCurrent } from './every-chart-current';
import { PlotPartsContext, PlotPartsSlot } from './plot-parts-slot';
import { withNiceScales } from './plot-scales';
import { drawnAt, plotSteps } from './plot-steps';
import { PlotTurnsContext } from './plot-turns';
import { useLagOffScreen } from './use-lag-off-screen';
import { usePlotInViewContext } from './use-plot-in-view';
import { usePlotTurns } from './use-plot-turns';

export interface ChartPlotProps {
  size: PlotSize;
  /** One row per x value (or per category), read by the series' keys. Keep it stable. */
  data: readonly object[];
  x: PlotAxis;
  y: readonly PlotAxis[];
  series: readonly PlotSeries[];
  references?: readonly PlotReference[];
  tooltip: PlotTooltip;
  /** 'vertical' lays bars out horizontally: categories on the y axis. */
  layout?: 'horizontal' | 'vertical';
  margin?: PlotMargin;
  /** Px between the bars of one x value. */
  barGap?: number;
}

type Spec = Omit<ChartPlotProps, 'size' | 'data'>;

function specOf({ x, y, series, references = [], tooltip, layout, margin, barGap }: Spec): Spec {
  return { x, y, series, references, tooltip, layout, margin, barGap };
}

/** Props are equal when the data is the same array and the spec says the same. */
function samePlot(before: ChartPlotProps, after: ChartPlotProps): boolean {
  return (
    before.data === after.data &&
    before.size.width === after.size.width &&
    before.size.height === after.size.height &&
    JSON.stringify(specOf(before)) === JSON.stringify(specOf(after))
  );
}

/** The same value while its JSON text is the same, so that memos on it hold. */
function useByValue<T>(value: T): T {
  const text = JSON.stringify(value);
  return useMemo(() => JSON.parse(text) as T, [text]);
}

/**
 * A plot's first drawing under a turn queue takes turns (plotSteps): the bare chart; the axes; the
 * grid with the first part, the lines and areas a turn each, the reference lines, the bars all in
 * one.
 * Recharts registers each part in layout effects and draws again in the same task, so a whole
 * plot mounts in one task (150 ms and more for the first plot of a big import); a part a turn
 * keeps each task a fraction of that. The grid waits for the axes: drawn before they register,
 * it measures every tick label in the page.
 *
 * The one Recharts set-up of every chart: grid, axes, tooltip, marks and reference lines in the
 * theme's colours, no animation, ticks drawn as given. A chart passes its rows and a spec; the
 * plot is drawn again only when the rows or the spec changed, and then Recharts only receives new
 * data (the axes, marks and lines keep their elements), which keeps a view change cheap.
 * Under a turn queue (PlotTurnsContext) a new plot first holds its place, empty and pending, and
 * is drawn in steps at its turns.
 */
export const ChartPlot = memo(function ChartPlot(props: ChartPlotProps) {
  const waited = useContext(PlotTurnsContext) !== null;
  const anchor = useRef<HTMLDivElement>(null);
  const everyChartCurrent = useEveryChartCurrent();
  const inView = usePlotInViewContext() || everyChartCurrent;
  const steps = plotSteps(props.series);
  const step = usePlotTurns(anchor, inView, steps);
  if (step === 0) {
    // Empty and hidden from screen readers: the plot's box (role img) keeps its summary.
    return (
      <div
        ref={anchor}
        aria-hidden="true"
        data-plot-pending=""
        data-plot-placeholder=""
        style={{ width: props.size.width, height: props.size.height }}
      />
    );
  }
  return (
    <DrawnPlot plot={props} step={step >= steps ? null : step} showFirst={waited} anchor={anchor} />
  );
}, samePlot);

interface DrawnPlotProps {
  /** The props object itself: the off-screen lag tells a new view by its identity. */
  plot: ChartPlotProps;
  /** How many of the plot's steps (plotSteps) are drawn; null: all. */
  step: number | null;
  /** Drawn at once even off screen: it waited for its turn already. */
  showFirst: boolean;
  anchor: RefObject<HTMLDivElement | null>;
}

function DrawnPlot({ plot, step, showFirst, anchor }: DrawnPlotProps) {
  const theme = useChartTheme();
  const format = useChartFormat();
  const { shown: drawn, pending } = useLagOffScreen(plot, usePlotInViewContext(), showFirst);
  const specText = drawn ? JSON.stringify(specOf(drawn)) : null;
  const givenSpec = useMemo(() => (specText ? (JSON.parse(specText) as Spec) : null), [specText]);
  const rows = drawn?.data;
  // Auto-scaled number axes get the scale Recharts would give them, worked out once here.
  const spec = useMemo(
    () => (givenSpec && rows ? withNiceScales(givenSpec, rows) : givenSpec),
    [givenSpec, rows],
  );
  // The tooltip measures itself in the page on every redraw (a forced layout per chart): it is
  // only mounted once a pointer has come over the plot, when someone can see it.
  const [pointed, setPointed] = useState(false);
  // Grid and axes, marks, reference lines: each part keeps its elements while its own spec is
  // the same (a new goal moves a line, the marks do not register themselves with Recharts again).
  const axesSpec = useByValue(spec && { x: spec.x, y: spec.y, layout: spec.layout });
  const seriesSpec = useByValue(spec?.series ?? []);
  const referencesSpec = useByValue({
    references: spec?.references ?? [],
    yAxisId: spec?.y[0]?.id ?? 0,
  });
  const axes = useMemo(
    () => axesSpec && axesOf(axesSpec, theme, format),
    [axesSpec, theme, format],
  );
  const barPaths = useMemo(
    () => (spec ? drawsBarPaths({ ...spec, series: seriesSpec }) : false),
    [spec, seriesSpec],
  );
  // Bars drawn as paths are registered with Recharts, barless, from the first turn: the axes are
  // laid out for them at once.
  const marks = useMemo(
    () =>
      seriesSpec.map((series) =>
        markOf(series, theme, format, barPaths && series.mark === 'bar' ? 'registered' : 'drawn'),
      ),
    [seriesSpec, theme, format, barPaths],
  );
  const drawnParts = useMemo(() => drawnAt(seriesSpec, step), [seriesSpec, step]);
  // Bars not drawn yet are there, hidden: Recharts lays the x axis out for bars from the start.
  const hiddenBars = useMemo(
    () =>
      seriesSpec.map((series, index) =>
        series.mark !== 'bar'
          ? null
          : barPaths
            ? marks[index]
            : markOf(series, theme, format, 'hidden'),
      ),
    [seriesSpec, theme, format, barPaths, marks],
  );
  const drawnMarks = useMemo(
    () =>
      step === null
        ? marks
        : marks.map((mark, index) =>
            drawnParts.series.has(index) ? mark : (hiddenBars[index] ?? null),
          ),
    [marks, hiddenBars, drawnParts, step],
  );
  const drawnBarPaths = useMemo(
    () =>
      spec && drawn && barPaths
        ? barPathsOf(
            { ...spec, series: seriesSpec },
            drawn.data,
            step === null ? null : drawnParts.series,
          )
        : null,
    [spec, drawn, barPaths, seriesSpec, step, drawnParts],
  );
  const references = useMemo(
    () =>
      referencesSpec.references.map((reference, index) =>
        referenceOf(reference, index, referencesSpec.yAxisId),
      ),
    [referencesSpec],
  );
  const tooltip = useMemo(
    () =>
      spec && pointed
        ? tooltipOf(
            spec.tooltip,
            theme,
            format,
            spec.series.map((series) => series.key),
          )
        : null,
    [pointed, spec, theme, format],
  );
  const parts = useMemo(
    () => (
      <>
        {/* axesOf puts the grid first. */}
        {drawnParts.grid ? axes : drawnParts.axes ? axes?.slice(1) : null}
        {drawnParts.axes ? drawnMarks : null}
        {drawnParts.axes ? drawnBarPaths : null}
        {drawnParts.references ? references : null}
        {tooltip}
      </>
    ),
    [axes, drawnMarks, drawnBarPaths, drawnParts, references, tooltip],
  );
  // The chart itself is drawn again only for new rows, size or layout: a new part (a turn, the
  // tooltip) reaches its slot inside through context. Drawn again, Recharts' chart reports its
  // options to its store in an effect (a new object each time), which sets every selector of the
  // chart checking again and the chart drawing again.
  const chart = useMemo(() => {
    if (!spec || !drawn) return null;
    return (
      <ComposedChart
        width={drawn.size.width}
        height={drawn.size.height}
        data={drawn.data}
        layout={spec.layout ?? 'horizontal'}
        margin={spec.margin ?? PLOT_MARGIN}
        barGap={spec.barGap}
        accessibilityLayer={false}
      >
        <PlotPartsSlot />
      </ComposedChart>
    );
  }, [drawn, spec]);
  return (
    <div
      ref={anchor}
      onPointerEnter={() => setPointed(true)}
      data-chart-pointer=""
      data-plot-pending={pending || step !== null ? '' : undefined}
    >
      <PlotPartsContext value={parts}>{chart}</PlotPartsContext>
    </div>
  );
}
