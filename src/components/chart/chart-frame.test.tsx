// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Line, LineChart } from 'recharts';
import { dayFromIso } from '../../domain/records';
import { CHART_THEMES } from '../../domain/charts';
import { ChartFrame, type ChartFrameProps } from './chart-frame';
import { ChartWidthContext } from './use-plot-width';
import { tableCells } from './testing';

const day = (iso: string) => dayFromIso(iso)!;

function frameProps(overrides: Partial<ChartFrameProps> = {}): ChartFrameProps {
  return {
    chartId: 'test-chart',
    title: 'Deliveries per day — 2019 Q2',
    caption: {
      selection: 'North America · All models',
      asOf: 'Jun 29, 2019',
      sources: ['deliveries.csv', 'orders.xlsx'],
    },
    summary: 'Deliveries rose from 800 to 1,050 a day.',
    height: 240,
    legend: [{ label: 'Deliveries', colour: '#0072b2', shape: 'bar' }],
    table: {
      caption: 'Deliveries per day, 2019 Q2',
      columns: [
        { key: 'day', label: 'Date', kind: 'day' },
        { key: 'deliveries', label: 'Deliveries', kind: 'number' },
        { key: 'share', label: 'Share', kind: 'percent' },
      ],
      rows: [
        { day: day('2019-06-28'), deliveries: 812, share: 0.4 },
        { day: day('2019-06-29'), deliveries: 1050.25, share: null },
      ],
    },
    children: ({ width, height }) => (
      <LineChart
        width={width}
        height={height}
        data={[{ v: 1 }, { v: 2 }]}
        accessibilityLayer={false}
      >
        <Line dataKey="v" isAnimationActive={false} />
      </LineChart>
    ),
    ...overrides,
  };
}

describe('ChartFrame', () => {
  it('names the figure by its title and shows the caption, sources and legend', () => {
    render(<ChartFrame {...frameProps()} />);
    const figure = screen.getByRole('figure', { name: 'Deliveries per day — 2019 Q2' });
    expect(figure).toHaveAttribute('data-chart-id', 'test-chart');
    expect(
      within(figure).getByRole('heading', { level: 3, name: 'Deliveries per day — 2019 Q2' }),
    ).toBeInTheDocument();
    expect(
      within(figure).getByText('North America · All models · as of Jun 29, 2019'),
    ).toBeInTheDocument();
    expect(within(figure).getByText('Data: deliveries.csv, orders.xlsx')).toBeInTheDocument();
    expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent('Deliveries');
  });

  it('reserves the plot height and labels the plot with its summary, even before measuring', () => {
    render(<ChartFrame {...frameProps()} />);
    const plot = screen.getByRole('img', { name: 'Deliveries rose from 800 to 1,050 a day.' });
    expect(plot).toHaveStyle({ height: '240px' });
    // jsdom measures 0 px: nothing is drawn, but the frame is all there.
    expect(plot.querySelector('svg')).toBeNull();
  });

  it('draws the plot at a forced width', () => {
    render(
      <ChartWidthContext value={600}>
        <ChartFrame {...frameProps()} />
      </ChartWidthContext>,
    );
    const svg = screen.getByRole('img', { name: /Deliveries rose/ }).querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg).toHaveAttribute('width', '600');
  });

  it('says when there is no data and leaves out empty sources', () => {
    render(
      <ChartFrame
        {...frameProps({ caption: { selection: 'Europe · Model 3', asOf: null, sources: [] } })}
      />,
    );
    expect(screen.getByText('Europe · Model 3 · no data yet')).toBeInTheDocument();
    expect(screen.queryByText(/^Data:/)).toBeNull();
  });

  it('shows and hides the exact values behind a toggle button', async () => {
    const user = userEvent.setup();
    render(<ChartFrame {...frameProps()} />);
    const toggle = screen.getByRole('button', { name: 'Show data table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide data table');
    const table = screen.getByRole('table', { name: 'Deliveries per day, 2019 Q2' });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(table);
    expect(tableCells(table)).toEqual([
      ['Date', 'Deliveries', 'Share'],
      ['Jun 28, 2019', '812', '40%'],
      ['Jun 29, 2019', '1,050.3', '–'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Jun 29, 2019' })).toHaveAttribute(
      'data-value',
      '2019-06-29',
    );
    expect(within(table).getByRole('cell', { name: '1,050.3' })).toHaveAttribute(
      'data-value',
      '1050.25',
    );

    await user.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is reachable by keyboard through its toggle', async () => {
    const user = userEvent.setup();
    render(<ChartFrame {...frameProps({ actions: <button type="button">Download</button> })} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Download' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show data table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('table')).toBeVisible();
  });

  it('follows the dark class on <html>', async () => {
    render(<ChartFrame {...frameProps()} />);
    const figure = screen.getByRole('figure');
    expect(figure.style.getPropertyValue('--chart-surface')).toBe(CHART_THEMES.light.surface);
    await act(async () => {
      document.documentElement.classList.add('dark');
      // MutationObserver callbacks run as microtasks.
      await Promise.resolve();
    });
    expect(figure.style.getPropertyValue('--chart-surface')).toBe(CHART_THEMES.dark.surface);
    await act(async () => {
      document.documentElement.classList.remove('dark');
      await Promise.resolve();
    });
    expect(figure.style.getPropertyValue('--chart-surface')).toBe(CHART_THEMES.light.surface);
  });

  it('puts the heading at level 4 inside a group of charts', () => {
    render(<ChartFrame {...frameProps({ headingLevel: 4 })} />);
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('Deliveries per day');
  });
});
