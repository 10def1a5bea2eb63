// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetFromRecords } from '../domain/records/build-dataset';
import { dayFromIso } from '../domain/records/calendar-day';
import { App } from './app';
import { fakeDatabase } from '../features/storage/storage-fakes';
import { DataProvider } from './data-provider';

const sampleDay = dayFromIso('2019-06-29') ?? 0;
const loaded = {
  dataset: datasetFromRecords([{ day: sampleDay, region: 'US', values: { deliveries: 1000 } }]),
  sources: ['sample.csv'],
};

const loadSampleDataset = vi.fn<() => Promise<typeof loaded>>();

function renderApp(autoloadSample = false) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataProvider openStore={() => fakeDatabase().open()} channel={() => null} persistence={null}>
        <App
          loadSample={loadSampleDataset}
          autoloadSample={autoloadSample}
          upload={<button type="button">Upload spreadsheets</button>}
        />
      </DataProvider>
    </QueryClientProvider>,
  );
}

describe('app shell', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    loadSampleDataset.mockReset();
  });

  it('starts empty with a skip link, the header and Load sample data', async () => {
    loadSampleDataset.mockResolvedValue(loaded);
    const user = userEvent.setup();
    renderApp();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('heading', { level: 1, name: 'Record Pace' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    // The stored datasets are read first: the empty state follows.
    expect(await screen.findByRole('button', { name: 'Upload spreadsheets' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Load sample data' }));
    expect(await screen.findByLabelText('Period')).toHaveValue('2019-Q2');
    expect(loadSampleDataset).toHaveBeenCalledTimes(1);
    // The sample is kept as one dataset named after its file.
    await user.click(screen.getByRole('button', { name: 'Datasets (1)' }));
    expect(screen.getByRole('heading', { level: 3, name: 'sample.csv' })).toBeInTheDocument();
  });

  it('loads the sample on start when asked to', async () => {
    loadSampleDataset.mockResolvedValue(loaded);
    renderApp(true);
    expect(
      await screen.findByRole('heading', { level: 2, name: '2019 Q2: All regions' }),
    ).toBeInTheDocument();
    expect(loadSampleDataset).toHaveBeenCalledTimes(1);
  });

  it('says why the sample could not be loaded and stays usable', async () => {
    loadSampleDataset.mockRejectedValue(new Error('sample file missing (404)'));
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Load sample data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('sample file missing (404)');
    expect(screen.getByRole('button', { name: 'Load sample data' })).toBeEnabled();
  });
});
