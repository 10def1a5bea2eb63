// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { barCount, barPathFills, tableCells } from '../../../components/chart/testing';
import { CHART_THEMES } from '../../../domain/charts';
import { dailySeries } from '../../../domain/metrics';
import { periodById } from '../../../domain/periods';
import { datasetFromRecords } from '../../../domain/records';
import { DailyChart } from './daily-chart';
import { EVERYTHING, day, june, kpisOf, smallDataset } from './test-data';

const caption = { selection: 'All regions · All models', asOf: 'Jun 10, 2019', sources: [] };

function renderDaily(dataset = smallDataset(), period = june(), width: number | null = null) {
  const points = dailySeries(dataset, period, EVERYTHING, {});
  const kpis = kpisOf(dataset, period);
  return render(
    <ChartWidthContext value={width}>
      <DailyChart points={points} kpis={kpis} caption={caption} />
    </ChartWidthContext>,
  );
}

describe('DailyChart', () => {
  it('titles the chart by what the data has and summarises the last day', () => {
    renderDaily();
    expect(
      screen.getByRole('heading', {
        name: 'Deliveries vs production per day, with backlog and inventory — June 2019',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'On Jun 10, 2019: deliveries 180, production 200, backlog 3,000, inventory 200.',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem'),
    ).toHaveLength(4);
  });

  it('has every day of the period in its table, empty after as of', async () => {
    renderDaily();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    const cells = tableCells(screen.getByRole('table'));
    expect(cells).toHaveLength(31);
    expect(cells[0]).toEqual(['Date', 'Deliveries', 'Production', 'Backlog', 'Inventory']);
    expect(cells[1]).toEqual(['Jun 1, 2019', '180', '200', '3,000', '20']);
    expect(cells[10]).toEqual(['Jun 10, 2019', '180', '200', '3,000', '200']);
    expect(cells[11]).toEqual(['Jun 11, 2019', '–', '–', '–', '–']);
  });

  it('draws bars and date ticks like "Jun 3" once it has a width', () => {
    renderDaily(smallDataset(), june(), 700);
    const plot = screen.getByRole('img', { name: /^On Jun 10/ });
    // Ten days of deliveries and of production, each series one path in its colour.
    expect(barCount(plot)).toBe(20);
    expect(barPathFills(plot)).toEqual([
      CHART_THEMES.light.deliveries,
      CHART_THEMES.light.production,
    ]);
    expect(plot).toHaveTextContent('Jun 3');
  });

  it('shows monthly data as one bar per month and says so', async () => {
    const monthly = datasetFromRecords(
      [4, 5, 6].flatMap((month) => {
        const first = day(`2019-0${month}-01`);
        const last = day(`2019-0${month + 1}-01`) - 1;
        const total = { 4: 11925, 5: 16350, 6: 25700 }[month]!;
        return Array.from({ length: last - first + 1 }, (_, i) => ({
          day: first + i,
          region: 'US',
          granularity: 'month' as const,
          values: { deliveries: total / (last - first + 1) },
        }));
      }),
    );
    const quarter = periodById('2019-Q2')!;
    renderDaily(monthly, quarter, 700);
    expect(
      screen.getByRole('heading', { name: 'Deliveries per month — 2019 Q2' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Counted per month: one bar per month/)).toBeInTheDocument();
    const plot = screen.getByRole('img');
    expect(barCount(plot)).toBe(3);
    expect(plot).toHaveTextContent('Apr 2019');
    // The table keeps the values as they are per day: the monthly figure spread evenly.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    const cells = tableCells(screen.getByRole('table'));
    expect(cells).toHaveLength(1 + 91);
    expect(cells[1]).toEqual(['Apr 1, 2019', '397.5']);
    expect(cells[91]).toEqual(['Jun 30, 2019', '856.7']);
  });
});
