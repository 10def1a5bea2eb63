// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { barCount, tableCells } from '../../../components/chart/testing';
import { endOfPeriodShares } from '../../../domain/metrics';
import { datasetFromRecords } from '../../../domain/records';
import { EndOfPeriodShareChart } from './end-of-period-share-chart';
import { EVERYTHING, day } from './test-data';

const caption = { selection: 'Norway · All models', asOf: 'Jun 30, 2019', sources: [] };

/** Norway 2019 registrations by month (DOMAIN.md), spread over the days of each month. */
function norway2019H1() {
  const months: [string, string, number][] = [
    ['2019-01-01', '2019-01-31', 186],
    ['2019-02-01', '2019-02-28', 1016],
    ['2019-03-01', '2019-03-31', 5822],
    ['2019-04-01', '2019-04-30', 811],
    ['2019-05-01', '2019-05-31', 1010],
    ['2019-06-01', '2019-06-30', 3760],
  ];
  return datasetFromRecords(
    months.flatMap(([from, to, total]) => {
      const first = day(from);
      const count = day(to) - first + 1;
      return Array.from({ length: count }, (_, i) => ({
        day: first + i,
        region: 'NO',
        granularity: 'month' as const,
        values: { deliveries: total / count },
      }));
    }),
  );
}

describe('EndOfPeriodShareChart', () => {
  it('shows the last-month and last-14-days share of each complete quarter', async () => {
    const shares = endOfPeriodShares(norway2019H1(), EVERYTHING);
    render(
      <ChartWidthContext value={500}>
        <EndOfPeriodShareChart shares={shares} caption={caption} />
      </ChartWidthContext>,
    );
    expect(
      screen.getByRole('heading', {
        name: 'The end-of-quarter wave: share of deliveries at the end of each quarter',
      }),
    ).toBeInTheDocument();
    const plot = screen.getByRole('img', {
      name: '2019 Q2: 67.4% of 5,581 deliveries in the last month, 31.4% in the last 14 days.',
    });
    expect(barCount(plot)).toBe(4);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    expect(tableCells(screen.getByRole('table'))).toEqual([
      ['Quarter', 'Deliveries', 'Last month', 'Last 14 days'],
      // Norway Q1 2019: 83 % in March (DOMAIN.md); the last 14 of March's 31 days: 37.4 %.
      ['2019 Q1', '7,024', '82.9%', '37.4%'],
      ['2019 Q2', '5,581', '67.4%', '31.4%'],
    ]);
  });

  it('labels only as many quarters as fit under the plot, always the latest', () => {
    const shares = Array.from({ length: 32 }, (_, k) => {
      const label = `${2018 + Math.floor(k / 4)} Q${(k % 4) + 1}`;
      return {
        periodId: label,
        periodLabel: label,
        total: 1000,
        lastMonthShare: 0.4,
        last14DaysShare: 0.2,
      };
    });
    render(
      <ChartWidthContext value={500}>
        <EndOfPeriodShareChart shares={shares} caption={caption} />
      </ChartWidthContext>,
    );
    const plot = screen.getByRole('img', { name: /^2025 Q4: 40% of 1,000 deliveries/ });
    expect(barCount(plot)).toBe(64);
    // Recharts 3 draws every axis's labels in one layer; the quarters are the x axis's.
    const xTicks = [...plot.querySelectorAll('.recharts-cartesian-axis-tick-value')]
      .map((tick) => tick.textContent)
      .filter((text) => text?.includes(' Q'));
    // 500 px holds six labels: one every two years, counted back from the latest quarter.
    expect(xTicks).toEqual(['2019 Q4', '2021 Q4', '2023 Q4', '2025 Q4']);
  });

  it('explains an empty chart', () => {
    render(<EndOfPeriodShareChart shares={[]} caption={caption} />);
    // Said where the plot would be, instead of empty axes and a legend of nothing.
    expect(screen.getByText(/Needs at least one quarter covered/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('svg')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  });
});
