// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { ChartWidthContext } from '../../../components/chart';
import { DashboardCharts } from './dashboard-charts';
import { EVERYTHING, june, kpisOf, smallDataset } from './test-data';

// jsdom has no layout or colours: contrast is checked in palette.test.ts and in the browser.
const rules = { 'color-contrast': { enabled: false } };

describe('chart accessibility', () => {
  it('finds no axe violations with every plot drawn and every data table open', async () => {
    const dataset = smallDataset();
    const settings = { goal: { low: 6000 } };
    const { container } = render(
      <ChartWidthContext value={480}>
        <DashboardCharts
          dataset={dataset}
          period={june()}
          selection={EVERYTHING}
          settings={settings}
          kpis={kpisOf(dataset, june(), EVERYTHING, settings)}
          sources={dataset.sources}
        />
      </ChartWidthContext>,
    );
    for (const toggle of screen.getAllByRole('button', { name: 'Show data table' })) {
      fireEvent.click(toggle);
    }
    expect(screen.getAllByRole('table')).toHaveLength(7);
    const results = await axe.run(container, { rules });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  }, 60_000);
});
