// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../components/chart';
import type { Dataset } from '../../domain/records/dataset';
import { datasetFromRecords, recordsFromDataset } from '../../domain/records/build-dataset';
import { ChartsSlot } from './charts-slot';
import { EVERYTHING, june, kpisOf, smallDataset } from './charts/test-data';

const period = june();
const settings = { goal: { low: 6000 } };

function slot(dataset: Dataset) {
  return (
    <ChartWidthContext value={480}>
      <ChartsSlot
        dataset={dataset}
        period={period}
        selection={EVERYTHING}
        settings={settings}
        kpis={kpisOf(dataset, period, EVERYTHING, settings)}
        sources={dataset.sources}
      />
    </ChartWidthContext>
  );
}

const plots = () => screen.getAllByRole('img');
const placeholders = () => document.querySelectorAll('[data-plot-placeholder]');
const drawn = () => plots().filter((plot) => plot.querySelector('svg')).length;

async function everyPlotDrawn() {
  await waitFor(
    () => {
      expect(document.querySelector('[data-plot-pending]')).toBeNull();
      expect(drawn()).toBe(plots().length);
    },
    { timeout: 15_000 },
  );
}

describe('ChartsSlot', () => {
  it('shows every chart a turn after the KPIs, its plot held in place, then draws the plots in turns', async () => {
    render(slot(smallDataset()));
    // The first commit (with the KPIs in the page) holds the section's place, pending.
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    expect(document.querySelector('[data-charts-pending]')).toHaveAttribute(
      'data-plot-pending',
      '',
    );
    const figures = await screen.findAllByRole('figure');
    expect(document.querySelector('[data-charts-pending]')).toBeNull();
    expect(figures.length).toBeGreaterThan(3);
    // A chart with nothing to draw says so in its plot's place (here the wave: no whole quarter).
    const empty = document.querySelectorAll('[data-chart-empty]');
    expect(plots().length + empty.length).toBe(figures.length);
    // Each plot waits for its turn: an empty placeholder of its size, pending.
    expect(placeholders()).toHaveLength(plots().length);
    expect(drawn()).toBe(0);
    for (const placeholder of placeholders()) {
      expect(placeholder).toHaveAttribute('data-plot-pending', '');
      expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    }
    // Meanwhile each plot says what it shows, and its title and table are there to use.
    for (const plot of plots()) expect(plot.getAttribute('aria-label')).toMatch(/\w/);
    const burnDown = screen.getByRole('figure', { name: /^Burn-down to the 6,000 goal/ });
    await userEvent
      .setup()
      .click(within(burnDown).getByRole('button', { name: 'Show data table' }));
    expect(within(burnDown).getByRole('table')).toBeInTheDocument();

    await everyPlotDrawn();
    expect(placeholders()).toHaveLength(0);
  }, 30_000);

  it('draws a new dataset’s plots afresh, in turns again', async () => {
    const first = smallDataset();
    const view = render(slot(first));
    await everyPlotDrawn();
    // The same records in a new dataset: what a switch or a new import gives.
    const second = datasetFromRecords(recordsFromDataset(first), first.sources);
    view.rerender(slot(second));
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
    await waitFor(() => expect(screen.queryAllByRole('figure').length).toBeGreaterThan(3));
    expect(placeholders().length).toBe(plots().length);
    await everyPlotDrawn();
  }, 30_000);
});
