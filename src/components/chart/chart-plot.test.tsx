// @vitest-environment jsdom
import { act, fireEvent, render } from '@testing-library/react';
import { CHART_THEMES } from '../../domain/charts';
import { ChartPlot, type ChartPlotProps } from './chart-plot';
import { PlotInViewContext } from './use-plot-in-view';

const theme = CHART_THEMES.light;

function plotProps(overrides: Partial<ChartPlotProps> = {}): ChartPlotProps {
  return {
    size: { width: 600, height: 240 },
    data: [
      { day: 18047, deliveries: 800, backlog: 5000 },
      { day: 18048, deliveries: 1050, backlog: 4800 },
      { day: 18049, deliveries: 900, backlog: 4700 },
    ],
    x: {
      dataKey: 'day',
      type: 'number',
      domain: [18047, 18049],
      ticks: [18047, 18049],
      format: 'day',
    },
    y: [
      { id: 'flows', width: 60, format: 'number' },
      { id: 'levels', width: 60, format: 'number', orientation: 'right' },
    ],
    series: [
      {
        key: 'deliveries',
        name: 'Deliveries',
        colour: theme.deliveries,
        mark: 'bar',
        shape: 'bar',
        axis: 'flows',
      },
      {
        key: 'backlog',
        name: 'Backlog',
        colour: theme.backlog,
        mark: 'line',
        shape: 'dashed',
        axis: 'levels',
      },
    ],
    references: [{ axis: 'y', value: 1000, colour: theme.target, label: 'Goal 1,000' }],
    tooltip: { heading: 'day', value: 'number' },
    ...overrides,
  };
}

function renderPlot(props: ChartPlotProps, inView = true) {
  const view = render(
    <PlotInViewContext value={inView}>
      <ChartPlot {...props} />
    </PlotInViewContext>,
  );
  const rerender = (next: ChartPlotProps, nextInView = inView) =>
    view.rerender(
      <PlotInViewContext value={nextInView}>
        <ChartPlot {...next} />
      </PlotInViewContext>,
    );
  return { ...view, rerender };
}

const bars = (container: HTMLElement) => container.querySelectorAll('.recharts-bar-rectangle');

describe('ChartPlot', () => {
  it('draws the series, the axes with formatted ticks and the reference lines of its spec', () => {
    const { container } = renderPlot(plotProps());
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('width', '600');
    expect(bars(container)).toHaveLength(3);
    const line = container.querySelector('.recharts-line path');
    expect(line).toHaveAttribute('stroke', theme.backlog);
    expect(line).toHaveAttribute('stroke-dasharray', '6 4');
    expect(container).toHaveTextContent('May 31');
    expect(container).toHaveTextContent('Jun 2');
    expect(container).toHaveTextContent('Goal 1,000');
    expect(container.querySelector('.recharts-reference-line line')).toHaveAttribute(
      'stroke',
      theme.target,
    );
  });

  it.each([
    ['a count axis: whole ticks only', 'number', ['0', '1']],
    ['a share axis keeps its fractions', 'percent', ['0%', '25%', '50%', '75%', '100%']],
  ] as const)('%s', (_, format, ticks) => {
    const props = plotProps({
      data: [
        { day: 18047, deliveries: 0 },
        { day: 18048, deliveries: 1 },
      ],
      y: [{ width: 60, format, domain: [0, 1] }],
      series: [{ ...plotProps().series[0]!, axis: undefined }],
      references: [],
    });
    const { container } = renderPlot(props);
    // Recharts 3 draws every axis's labels in one layer: the x axis's two days come first.
    const labels = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')];
    expect(labels.map((tick) => tick.textContent)).toEqual(['May 31', 'Jun 2', ...ticks]);
  });

  it('mounts its tooltip only once a pointer comes over the plot', () => {
    const { container } = renderPlot(plotProps());
    expect(container.querySelector('.recharts-tooltip-wrapper')).toBeNull();
    fireEvent.pointerEnter(container.querySelector('[data-chart-pointer]')!);
    expect(container.querySelector('.recharts-tooltip-wrapper')).not.toBeNull();
  });

  it('redraws for new data, and for a spec that says something else', () => {
    const props = plotProps();
    const { container, rerender } = renderPlot(props);
    rerender({ ...props, data: props.data.slice(0, 2) });
    expect(bars(container)).toHaveLength(2);
    rerender({ ...props, data: props.data.slice(0, 2), x: { ...props.x, format: 'number' } });
    expect(container).toHaveTextContent('18,047');
  });

  it('off screen, draws nothing until the page is idle, then catches up', () => {
    vi.useFakeTimers();
    try {
      const { container } = renderPlot(plotProps(), false);
      const wrapper = container.querySelector('[data-chart-pointer]');
      expect(wrapper).toHaveAttribute('data-plot-pending', '');
      expect(container.querySelector('svg')).toBeNull();
      act(() => vi.advanceTimersByTime(1000));
      expect(wrapper).not.toHaveAttribute('data-plot-pending');
      expect(bars(container)).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('off screen, keeps what it drew for a new view until idle; in view, draws it at once', () => {
    vi.useFakeTimers();
    try {
      const props = plotProps();
      const { container, rerender } = renderPlot(props, true);
      rerender({ ...props, data: props.data.slice(0, 2) }, false);
      expect(bars(container)).toHaveLength(3);
      expect(container.querySelector('[data-plot-pending]')).not.toBeNull();
      act(() => vi.advanceTimersByTime(1000));
      expect(bars(container)).toHaveLength(2);
      rerender({ ...props, data: [...props.data] }, true);
      expect(bars(container)).toHaveLength(3);
      expect(container.querySelector('[data-plot-pending]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
