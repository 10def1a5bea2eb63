// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { tableCells } from '../../../components/chart/testing';
import { RegionCharts } from './region-charts';
import { EVERYTHING, june, smallDataset } from './test-data';
import { computeChartSeries } from '../../../domain/charts';

const caption = { selection: 'All regions · All models', asOf: 'Jun 10, 2019', sources: [] };

function regions(selection = EVERYTHING, settings = {}) {
  return computeChartSeries(smallDataset(), june(), selection, settings).regions;
}

describe('RegionCharts', () => {
  it('shows one chart per continent for all regions, most behind first, titled with the gap', () => {
    render(<RegionCharts regions={regions()} ownRecords caption={caption} />);
    const section = screen.getByRole('region', {
      name: "By region: deliveries so far against each region's target",
    });
    expect(within(section).getByText(/measured against its own record/)).toBeInTheDocument();
    // North America: record 3,100, projected 1,200 + 120 × 20 = 3,600. Europe: 1,550 vs 1,800.
    expect(
      within(section)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Europe — ahead by 250', 'North America — ahead by 500']);
    expect(screen.getByText('Europe · All models · as of Jun 10, 2019')).toBeInTheDocument();
  });

  it('shows one chart per selected region with its data table', async () => {
    render(
      <RegionCharts
        regions={regions({ regions: ['NO', 'US'], models: [] })}
        ownRecords
        caption={caption}
      />,
    );
    const norway = screen.getByRole('figure', { name: 'Norway — ahead by 250' });
    expect(
      within(norway).getByRole('img', {
        name: 'Norway: 600 delivered by Jun 10, 2019. Target: the May 2019 record (1,550). At the current pace: 1,800 by the end.',
      }),
    ).toBeInTheDocument();
    await userEvent.setup().click(within(norway).getByRole('button', { name: 'Show data table' }));
    const cells = tableCells(within(norway).getByRole('table'));
    expect(cells[0]).toEqual(['Date', 'Delivered so far', 'At current pace']);
    expect(cells).toHaveLength(31);
    expect(cells[1]).toEqual(['Jun 1, 2019', '60', '–']);
    expect(cells[10]).toEqual(['Jun 10, 2019', '600', '600']);
    expect(cells[11]).toEqual(['Jun 11, 2019', '–', '–']);
    expect(cells[30]).toEqual(['Jun 30, 2019', '–', '1,800']);
  });

  it('draws every region on the same y scale', () => {
    render(
      <ChartWidthContext value={400}>
        <RegionCharts regions={regions()} ownRecords caption={caption} />
      </ChartWidthContext>,
    );
    const tickLabels = screen
      .getAllByRole('img')
      .map((plot) =>
        [...plot.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent),
      );
    expect(tickLabels).toHaveLength(2);
    // Europe alone would end at 1,800: it shares the scale of North America's projected 3,600.
    for (const labels of tickLabels)
      expect(labels).toEqual(expect.arrayContaining(['0', '1,000', '4,000']));
  });

  it('renders nothing without regions', () => {
    const { container } = render(<RegionCharts regions={[]} ownRecords caption={caption} />);
    expect(container).toBeEmptyDOMElement();
  });
});
