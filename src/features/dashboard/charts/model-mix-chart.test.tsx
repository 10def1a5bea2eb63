// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartWidthContext } from '../../../components/chart';
import { tableCells } from '../../../components/chart/testing';
import { modelMix } from '../../../domain/metrics';
import { ModelMixChart } from './model-mix-chart';
import { EVERYTHING, june, kpisOf, smallDataset } from './test-data';

const caption = { selection: 'All regions · All models', asOf: 'Jun 10, 2019', sources: [] };

describe('ModelMixChart', () => {
  it('shows deliveries to date per model with shares, in its table too', async () => {
    const dataset = smallDataset();
    render(
      <ChartWidthContext value={500}>
        <ModelMixChart
          mix={modelMix(dataset, june(), EVERYTHING)}
          kpis={kpisOf(dataset, june())}
          caption={caption}
        />
      </ChartWidthContext>,
    );
    expect(
      screen.getByRole('figure', { name: 'Deliveries to date by model — June 2019' }),
    ).toBeInTheDocument();
    const plot = screen.getByRole('img', {
      name: 'Model 3 1,200 (66.7%), Model S 600 (33.3%)',
    });
    expect(plot.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(plot).toHaveTextContent('1,200');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Show data table' }));
    expect(tableCells(screen.getByRole('table'))).toEqual([
      ['Model', 'Deliveries', 'Share'],
      ['Model 3', '1,200', '66.7%'],
      ['Model S', '600', '33.3%'],
    ]);
  });

  it('says so when the data has no model column', () => {
    render(
      <ModelMixChart
        mix={[{ model: '', deliveries: 1800 }]}
        kpis={kpisOf(smallDataset(), june())}
        caption={caption}
      />,
    );
    expect(screen.getByText(/no model column/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'No model given 1,800 (100%)' })).toBeInTheDocument();
  });
});
