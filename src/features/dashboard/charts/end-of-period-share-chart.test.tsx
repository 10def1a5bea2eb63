// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { tableCells } from '../../../components/chart/testing';
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
    expect(plot.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    expect(tableCells(screen.getByRole('table'))).toEqual([
      ['Quarter', 'Deliveries', 'Last month', 'Last 14 days'],
      // Norway Q1 2019: 83 % in March (DOMAIN.md); the last 14 of March's 31 days: 37.4 %.
      ['2019 Q1', '7,024', '82.9%', '37.4%'],
      ['2019 Q2', '5,581', '67.4%', '31.4%'],
    ]);
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
