// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import type { Selection, TargetSettings } from '../../../domain/metrics';
import { DashboardCharts } from './dashboard-charts';
import { EVERYTHING, june, kpisOf, smallDataset } from './test-data';

const dataset = smallDataset();
const period = june();

function renderDashboard(selection: Selection, settings: TargetSettings, width: number | null) {
  return render(
    <ChartWidthContext value={width}>
      <DashboardCharts
        dataset={dataset}
        period={period}
        selection={selection}
        settings={settings}
        kpis={kpisOf(dataset, period, selection, settings)}
        sources={dataset.sources}
      />
    </ChartWidthContext>,
  );
}

describe('DashboardCharts', () => {
  it('lays out every chart, burn-down first, each in a frame with a table toggle', () => {
    renderDashboard(EVERYTHING, { goal: { low: 6000 } }, null);
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('data-chart-id'))).toEqual([
      'burn-down',
      'daily',
      'cumulative',
      'region-europe',
      'region-north-america',
      'model-mix',
      'end-of-period-share',
    ]);
    expect(figures[0]).toHaveAccessibleName('Burn-down to the 6,000 goal — June 2019');
    for (const figure of figures) {
      expect(within(figure).getByRole('button', { name: 'Show data table' })).toBeInTheDocument();
      expect(
        within(figure).getByText('Data: june.csv, may.xlsx', { exact: false }),
      ).toBeInTheDocument();
    }
    expect(screen.getAllByText(/All regions · All models · as of Jun 10, 2019/)).toHaveLength(5);
  });

  it('uses the selection goal for a single selected region', async () => {
    renderDashboard({ regions: ['US'], models: [] }, { goal: { low: 4000 } }, 600);
    expect(
      screen.getByRole('heading', { level: 4, name: 'United States — behind by 400' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/against its own record/)).toBeNull();
    // Every plot is drawn at a width, none of them crashes.
    expect(screen.getAllByRole('img').every((plot) => plot.querySelector('svg'))).toBe(true);
    await userEvent.setup().click(
      within(screen.getByRole('figure', { name: /^United States/ })).getByRole('button', {
        name: 'Show data table',
      }),
    );
    expect(screen.getAllByRole('table')).toHaveLength(1);
  });
});
