// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { tableCells } from '../../../components/chart/testing';
import { burnDownSeries } from '../../../domain/metrics';
import { periodById } from '../../../domain/periods';
import { BurnDownChart } from './burn-down-chart';
import { EVERYTHING, june, kpisOf, smallDataset } from './test-data';

const caption = {
  selection: 'All regions · All models',
  asOf: 'Jun 10, 2019',
  sources: ['june.csv'],
};

function renderBurnDown(settings = {}, width: number | null = null) {
  const dataset = smallDataset();
  const period = june();
  const points = burnDownSeries(dataset, period, EVERYTHING, settings);
  const kpis = kpisOf(dataset, period, EVERYTHING, settings);
  return render(
    <ChartWidthContext value={width}>
      <BurnDownChart points={points} kpis={kpis} caption={caption} />
    </ChartWidthContext>,
  );
}

describe('BurnDownChart', () => {
  it('titles the chart with the record it burns down to and summarises the plot', () => {
    renderBurnDown();
    expect(
      screen.getByRole('figure', {
        name: 'Burn-down to the May 2019 record (4,650) — June 2019',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('All regions · All models · as of Jun 10, 2019')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: '2,850 remaining to the May 2019 record (4,650) on Jun 10, 2019, 20 days left. Needs 143 a day. At the current 180 a day the period ends at 5,400.',
      }),
    ).toBeInTheDocument();
  });

  it('lists remaining, ideal, projection and required rate for every day in its table', async () => {
    renderBurnDown();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    const cells = tableCells(screen.getByRole('table'));
    expect(cells).toHaveLength(1 + 30);
    expect(cells[0]).toEqual(['Date', 'Remaining', 'Ideal', 'At current pace', 'At required rate']);
    expect(cells[1]).toEqual(['Jun 1, 2019', '4,470', '4,495', '–', '–']);
    expect(cells[10]).toEqual(['Jun 10, 2019', '2,850', '3,100', '2,850', '2,850']);
    expect(cells[11]).toEqual(['Jun 11, 2019', '–', '2,945', '2,670', '2,707.5']);
    expect(cells[30]).toEqual(['Jun 30, 2019', '–', '0', '0', '0']);
  });

  it('burns down to a goal and shows the record separately when it is lower', () => {
    renderBurnDown({ goal: { low: 6000 } }, 800);
    expect(
      screen.getByRole('heading', { name: 'Burn-down to the 6,000 goal — June 2019' }),
    ).toBeInTheDocument();
    const plot = screen.getByRole('img', { name: /4,200 remaining to the 6,000 goal/ });
    expect(plot.querySelector('svg')).not.toBeNull();
    expect(plot).toHaveTextContent('Goal 6,000');
    expect(plot).toHaveTextContent('Record May 2019 (4,650) beaten below');
    expect(plot).toHaveTextContent('As of Jun 10');
  });

  it('says when a goal below the record does not beat it', () => {
    renderBurnDown({ goal: { low: 4000 } });
    expect(screen.getByText(/record \(4,650\) is not below the goal/)).toBeInTheDocument();
  });

  it('asks for a target when there is none', () => {
    const dataset = smallDataset();
    // May is the first month of the data: no earlier record, and no goal set.
    const may = periodById('2019-05')!;
    const kpis = kpisOf(dataset, may);
    render(
      <BurnDownChart
        points={burnDownSeries(dataset, may, EVERYTHING, {})}
        kpis={kpis}
        caption={caption}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Burn-down — May 2019' })).toBeInTheDocument();
    // Said where the plot would be, instead of empty axes.
    expect(
      screen.getByText('No target: set a goal or type a record to see what remains.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('svg')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  });
});
