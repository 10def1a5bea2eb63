// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { tableCells } from '../../../components/chart/testing';
import { cumulativeByDayOfPeriod, type CumulativeSeries } from '../../../domain/metrics';
import { CumulativeChart } from './cumulative-chart';
import { EVERYTHING, june, kpisOf, smallDataset } from './test-data';

const caption = { selection: 'All regions · All models', asOf: 'Jun 10, 2019', sources: [] };

function renderCumulative(settings = {}, width: number | null = null) {
  const dataset = smallDataset();
  const series = cumulativeByDayOfPeriod(dataset, june(), EVERYTHING, { compareWith: 4 });
  const kpis = kpisOf(dataset, june(), EVERYTHING, settings);
  return render(
    <ChartWidthContext value={width}>
      <CumulativeChart series={series} kpis={kpis} caption={caption} />
    </ChartWidthContext>,
  );
}

describe('CumulativeChart', () => {
  it('compares this period with the record period by day of period', () => {
    renderCumulative();
    expect(
      screen.getByRole('figure', {
        name: 'Cumulative deliveries by day of period — June 2019 vs earlier months',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'June 2019: 1,800 delivered by day 10. May 2019 (record): 1,500 by the same day.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'June 2019 (this period)May 2019 (record)',
    );
  });

  it('tabulates every day of every period, not thinned', async () => {
    renderCumulative();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    const cells = tableCells(screen.getByRole('table'));
    expect(cells[0]).toEqual(['Day of period', 'June 2019 (this period)', 'May 2019 (record)']);
    expect(cells).toHaveLength(1 + 31);
    expect(cells[1]).toEqual(['1', '180', '150']);
    expect(cells[10]).toEqual(['10', '1,800', '1,500']);
    expect(cells[11]).toEqual(['11', '–', '1,650']);
    expect(cells[31]).toEqual(['31', '–', '4,650']);
  });

  it('draws the goal as a reference line', () => {
    renderCumulative({ goal: { low: 6000 } }, 640);
    const plot = screen.getByRole('img', { name: /^June 2019/ });
    expect(plot.querySelectorAll('.recharts-line').length).toBe(2);
    expect(plot).toHaveTextContent('Goal 6,000');
  });

  it('thins long comparisons to about 2,000 points while the table keeps them all', async () => {
    // 40 periods of 92 days: 3,680 points.
    const many: CumulativeSeries[] = Array.from({ length: 40 }, (_, p) => ({
      periodId: `P${p}`,
      periodLabel: `Period ${p}`,
      isCurrent: p === 0,
      isRecord: p === 1,
      points: Array.from({ length: 92 }, (_, i) => ({
        dayOfPeriod: i + 1,
        cumulative: (i + 1) * (100 + p) + (i % 7) * 13,
      })),
    }));
    const kpis = kpisOf(smallDataset(), june());
    render(
      <ChartWidthContext value={800}>
        <CumulativeChart series={many} kpis={kpis} caption={caption} />
      </ChartWidthContext>,
    );
    const plot = screen.getByRole('img', { name: /^Period 0/ });
    const lines = plot.querySelectorAll('.recharts-line-curve');
    expect(lines).toHaveLength(40);
    const drawnPoints = [...lines].reduce(
      (sum, line) => sum + (line.getAttribute('d')?.match(/[ML]/g)?.length ?? 0),
      0,
    );
    expect(drawnPoints).toBeLessThanOrEqual(2000);
    expect(drawnPoints).toBeGreaterThan(40 * 2);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    const cells = tableCells(screen.getByRole('table'));
    expect(cells).toHaveLength(1 + 92);
    expect(cells[0]).toHaveLength(41);
  });
});
