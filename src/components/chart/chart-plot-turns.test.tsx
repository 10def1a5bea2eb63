// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { CHART_THEMES } from '../../domain/charts';
import { ChartPlot, type ChartPlotProps } from './chart-plot';
import { PlotTurns, PlotTurnsContext, type PlotSlot } from './plot-turns';
import { barCount, barPathFills } from './testing';
import { PlotInViewContext } from './use-plot-in-view';

const theme = CHART_THEMES.light;

const PROPS: ChartPlotProps = {
  size: { width: 600, height: 240 },
  data: [
    { day: 18047, deliveries: 800 },
    { day: 18048, deliveries: 1050 },
    { day: 18049, deliveries: 900 },
  ],
  x: { dataKey: 'day', type: 'number', domain: [18047, 18049], ticks: [18047, 18049] },
  y: [{ width: 60, format: 'number' }],
  series: [
    { key: 'deliveries', name: 'Deliveries', colour: theme.deliveries, mark: 'bar', shape: 'bar' },
  ],
  // Kept in the domain: drawn before the bars, with no data on the axis yet.
  references: [
    { axis: 'y', value: 1000, colour: theme.target, label: 'Goal 1,000', extendDomain: true },
  ],
  tooltip: { heading: 'day', value: 'number' },
};

/** A turn queue whose slots run by hand: `turn()` runs the next one. */
function queueByHand() {
  const waiting: (() => void)[] = [];
  const slot: PlotSlot = (run) => {
    waiting.push(run);
    return () => {
      const at = waiting.indexOf(run);
      if (at >= 0) waiting.splice(at, 1);
    };
  };
  const turns = new PlotTurns(slot);
  return {
    turns,
    turn: () => act(() => waiting.shift()?.()),
    waiting: () => waiting.length,
  };
}

function renderQueued(turns: PlotTurns, inView = true, props = PROPS) {
  return render(
    <PlotTurnsContext value={turns}>
      <PlotInViewContext value={inView}>
        <ChartPlot {...props} />
      </PlotInViewContext>
    </PlotTurnsContext>,
  );
}

const parts = (container: HTMLElement) => ({
  placeholder: container.querySelector('[data-plot-placeholder]'),
  pending: container.querySelector('[data-plot-pending]') !== null,
  axes: container.querySelectorAll('.recharts-cartesian-axis').length,
  grid: container.querySelector('.recharts-cartesian-grid') !== null,
  bars: container.querySelectorAll('.recharts-bar-rectangle').length,
  reference: container.querySelector('.recharts-reference-line') !== null,
});

describe('ChartPlot under a turn queue', () => {
  it('holds its place, empty, pending and hidden from screen readers, until its turn', () => {
    const { turns } = queueByHand();
    const { container } = renderQueued(turns);
    const placeholder = container.querySelector<HTMLElement>('[data-plot-placeholder]');
    expect(placeholder).not.toBeNull();
    expect(placeholder).toHaveAttribute('data-plot-pending', '');
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    expect(placeholder).toBeEmptyDOMElement();
    // The size the plot will have: nothing moves when it is drawn.
    expect(placeholder?.style.width).toBe('600px');
    expect(placeholder?.style.height).toBe('240px');
    expect(container.querySelector('svg')).toBeNull();
    expect(turns.pending).toBe(1);
  });

  it.each([
    { inView: true, name: 'in view' },
    { inView: false, name: 'off screen' },
  ])('$name, draws the bare chart, the axes, the grid and references, the bars', ({ inView }) => {
    const queue = queueByHand();
    const { container } = renderQueued(queue.turns, inView);
    queue.turn();
    // The chart's surface, its size, and nothing in it yet.
    expect(parts(container)).toMatchObject({
      placeholder: null,
      pending: true,
      axes: 0,
      grid: false,
      bars: 0,
      reference: false,
    });
    expect(container.querySelector('svg.recharts-surface')).toHaveAttribute('width', '600');
    queue.turn();
    expect(parts(container)).toMatchObject({
      pending: true,
      axes: 2,
      grid: false,
      bars: 0,
      reference: false,
    });
    queue.turn();
    expect(parts(container)).toMatchObject({
      pending: true,
      grid: true,
      bars: 0,
      reference: true,
    });
    queue.turn();
    expect(parts(container)).toMatchObject({
      pending: false,
      grid: true,
      bars: 3,
      reference: true,
    });
    expect(container).toHaveTextContent('Goal 1,000');
    expect(queue.waiting()).toBe(0);
    expect(queue.turns.pending).toBe(0);
  });

  it('draws each line or area in a turn of its own, then the references, then all bars', () => {
    const queue = queueByHand();
    const props: ChartPlotProps = {
      ...PROPS,
      data: PROPS.data.map((row) => ({ ...row, production: 700, backlog: 5, inventory: 3 })),
      series: [
        ...PROPS.series,
        { key: 'production', name: 'Production', colour: '#111', mark: 'bar', shape: 'bar' },
        { key: 'backlog', name: 'Backlog', colour: '#222', mark: 'line', shape: 'line' },
        { key: 'inventory', name: 'Inventory', colour: '#333', mark: 'area', shape: 'area' },
      ],
    };
    const { container } = renderQueued(queue.turns, true, props);
    const marks = () => ({
      ...parts(container),
      lines: container.querySelectorAll('.recharts-line').length,
      areas: container.querySelectorAll('.recharts-area').length,
    });
    queue.turn();
    expect(marks()).toMatchObject({ axes: 0, grid: false, bars: 0, lines: 0, areas: 0 });
    queue.turn();
    expect(marks()).toMatchObject({ axes: 2, grid: false, bars: 0, lines: 0, areas: 0 });
    queue.turn();
    expect(marks()).toMatchObject({ grid: true, bars: 0, lines: 1, areas: 0, pending: true });
    queue.turn();
    expect(marks()).toMatchObject({ bars: 0, lines: 1, areas: 1, reference: false });
    queue.turn();
    expect(marks()).toMatchObject({ bars: 0, lines: 1, areas: 1, reference: true });
    queue.turn();
    expect(marks()).toMatchObject({ bars: 6, lines: 1, areas: 1, reference: true, pending: false });
    expect(queue.waiting()).toBe(0);
  });

  it('bars in the bands of a category axis: counted in the axes from the first turn, drawn last', () => {
    const queue = queueByHand();
    const props: ChartPlotProps = {
      ...PROPS,
      x: { dataKey: 'day', ticks: [18047, 18049] },
      references: [],
    };
    const { container } = renderQueued(queue.turns, true, props);
    // Recharts 3 draws every axis's labels in one layer; the x axis' are the days.
    const yTicks = () =>
      [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        .map((tick) => tick.textContent)
        .filter((text) => !text?.startsWith('180'));
    queue.turn();
    queue.turn();
    expect(parts(container)).toMatchObject({ axes: 2, bars: 0, pending: true });
    const firstTicks = yTicks();
    queue.turn();
    expect(parts(container)).toMatchObject({ bars: 0, pending: true });
    queue.turn();
    expect(barCount(container)).toBe(3);
    expect(barPathFills(container)).toEqual([theme.deliveries]);
    expect(parts(container).pending).toBe(false);
    // The bars' values were on the axis from the first turn: it did not move when they came.
    expect(firstTicks).toEqual(['0', '300', '600', '900', '1,200']);
    expect(yTicks()).toEqual(firstTicks);
  });

  it('once drawn, follows new data at once, with no more turns', () => {
    const queue = queueByHand();
    const view = renderQueued(queue.turns);
    for (let k = 0; k < 4; k++) queue.turn();
    view.rerender(
      <PlotTurnsContext value={queue.turns}>
        <PlotInViewContext value={true}>
          <ChartPlot {...PROPS} data={PROPS.data.slice(0, 2)} />
        </PlotInViewContext>
      </PlotTurnsContext>,
    );
    expect(parts(view.container)).toMatchObject({ pending: false, bars: 2, reference: true });
    expect(queue.waiting()).toBe(0);
  });

  it('leaves the queue when it unmounts before its turn', () => {
    const queue = queueByHand();
    const view = renderQueued(queue.turns);
    expect(queue.turns.pending).toBe(1);
    view.unmount();
    expect(queue.turns.pending).toBe(0);
    expect(queue.waiting()).toBe(0);
  });

  it('draws at once without a queue', () => {
    const { container } = render(<ChartPlot {...PROPS} />);
    expect(parts(container)).toMatchObject({
      placeholder: null,
      pending: false,
      bars: 3,
      reference: true,
    });
  });
});
