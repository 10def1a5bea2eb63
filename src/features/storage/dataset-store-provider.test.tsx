// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { datasetFromRecords } from '../../domain/records/build-dataset';
import { useDatasetStore, useStoredDataset } from './dataset-store-provider';
import { renderWithStore } from './render-with-store';
import { channelHub, fakeDatabase } from './storage-fakes';

const june = datasetFromRecords(
  [
    { day: 18076, region: 'US', values: { deliveries: 1050 } },
    { day: 18077, region: 'US', values: { deliveries: 1100 } },
  ],
  ['june.csv'],
);

/** Shows what the app shell would: the data's size and files, via the useDataset() shape. */
function ShellProbe({ load = false }: { load?: boolean }) {
  const { status, dataset, sources, setDataset, clear } = useStoredDataset();
  return (
    <div>
      <p>status: {status}</p>
      <p>rows: {dataset ? dataset.days.length : 'none'}</p>
      <p>files: {sources.join(', ')}</p>
      {load ? (
        <button type="button" onClick={() => setDataset(june, ['june.csv'])}>
          Load
        </button>
      ) : null}
      <button type="button" onClick={clear}>
        Clear
      </button>
    </div>
  );
}

describe('DatasetStoreProvider', () => {
  it('stores what the app sets and restores it in a new page', async () => {
    const user = userEvent.setup();
    const database = fakeDatabase();
    const first = renderWithStore(<ShellProbe load />, { database });
    await screen.findByText('status: ready');
    await user.click(screen.getByRole('button', { name: 'Load' }));
    await screen.findByText('rows: 2');
    first.unmount();

    renderWithStore(<ShellProbe />, { database });
    expect(screen.getByText('rows: none')).toBeInTheDocument();
    await screen.findByText('rows: 2');
    expect(screen.getByText('files: june.csv')).toBeInTheDocument();
  });

  it('clears through the useDataset() shape', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShellProbe load />);
    await screen.findByText('status: ready');
    await user.click(screen.getByRole('button', { name: 'Load' }));
    await screen.findByText('rows: 2');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await screen.findByText('rows: none');
  });

  it('survives React running its effects twice, opening one live connection', async () => {
    const database = fakeDatabase();
    renderWithStore(<ShellProbe load />, { database, strict: true });
    await screen.findByText('status: ready');
    await userEvent.click(screen.getByRole('button', { name: 'Load' }));
    await screen.findByText('rows: 2');
    expect(database.closed()).toBe(1);
  });

  it('shows an import made in another tab', async () => {
    const database = fakeDatabase();
    const hub = channelHub();
    renderWithStore(<ShellProbe />, { database, channel: hub.channel });
    await screen.findByText('status: ready');

    function OtherTab() {
      const { status, add } = useDatasetStore();
      useEffect(() => {
        if (status === 'ready') void add({ name: 'June', sources: ['june.csv'], dataset: june });
      }, [status, add]);
      return null;
    }
    renderWithStore(<OtherTab />, { database, channel: hub.channel });
    await waitFor(() => expect(hub.pending()).toBe(1));
    act(() => hub.deliver());
    await screen.findByText('rows: 2');
  });

  it('saves the last view and gives it back after a reload', async () => {
    const database = fakeDatabase();
    function ViewProbe() {
      const { status, lastView, saveView } = useDatasetStore();
      return (
        <div>
          <p>status: {status}</p>
          <p>view: {lastView ?? 'none'}</p>
          <button type="button" onClick={() => void saveView('v1:period=2019-Q2')}>
            Save view
          </button>
        </div>
      );
    }
    const first = renderWithStore(<ViewProbe />, { database });
    await screen.findByText('status: ready');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await screen.findByText('view: v1:period=2019-Q2');
    first.unmount();
    renderWithStore(<ViewProbe />, { database });
    await screen.findByText('view: v1:period=2019-Q2');
  });

  it('refuses to be used outside the provider', () => {
    function Outside() {
      useDatasetStore();
      return null;
    }
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Outside />)).toThrow(/inside <DatasetStoreProvider>/);
  });
});

describe('useStoredDataset per file', () => {
  const norway = datasetFromRecords(
    [{ day: 18076, region: 'NO', values: { deliveries: 180 } }],
    ['norway.csv'],
  );

  /** Adds two files one straight after the other, then replaces the first, as the import flow does. */
  function FileProbe() {
    const { status, dataset, addFile, storedDatasets } = useStoredDataset();
    return (
      <div>
        <p>status: {status}</p>
        <p>rows: {dataset ? dataset.days.length : 'none'}</p>
        <button
          type="button"
          onClick={() =>
            void (async () => {
              await addFile({
                name: 'june.csv',
                sources: ['june.csv'],
                dataset: june,
                replaces: null,
              });
              // Read before the next render: the dataset just added is already there.
              const [first] = storedDatasets();
              await addFile({
                name: 'norway.csv',
                sources: ['norway.csv'],
                dataset: norway,
                replaces: null,
              });
              await addFile({
                name: 'june.csv',
                sources: ['june.csv'],
                dataset: norway,
                replaces: first?.id ?? 'missing',
              });
            })()
          }
        >
          Import
        </button>
      </div>
    );
  }

  it('keeps each file as its own dataset, readable at once, and replaces by id', async () => {
    const user = userEvent.setup();
    const { database } = renderWithStore(<FileProbe />);
    await screen.findByText('status: ready');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(async () => {
      const rows = await database.store.transaction('readonly', async (transaction) =>
        (await transaction.entries('datasets')).map(([, value]) => value as { name: string }),
      );
      expect(rows.map((row) => row.name).sort()).toEqual(['june.csv', 'norway.csv']);
    });
    // june.csv now holds Norway's one row; with norway.csv the same key: one row shown.
    await screen.findByText('rows: 1');
  });
});
