// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetFromRecords } from '../../domain/records/build-dataset';
import { useDatasetStore, type DatasetInput } from './dataset-store-provider';
import { renderWithStore } from './render-with-store';
import { PERSISTENCE_REFUSED_NOTE, StorageBanner } from './storage-banner';
import { fakeDatabase, fakePersistence } from './storage-fakes';

const june: DatasetInput = {
  name: 'June',
  sources: ['june.csv'],
  dataset: datasetFromRecords(
    [{ day: 18076, region: 'US', values: { deliveries: 1050 } }],
    ['june.csv'],
  ),
};

function Actions() {
  const { status, add, rename, entries, combined } = useDatasetStore();
  return (
    <div>
      <p>status: {status}</p>
      <p>rows: {combined?.days.length ?? 0}</p>
      <button type="button" onClick={() => void add(june)}>
        Add
      </button>
      <button type="button" onClick={() => void rename(entries[0]?.id ?? 'none', 'x')}>
        Rename first
      </button>
    </div>
  );
}

describe('StorageBanner', () => {
  it('shows nothing while the data is stored', async () => {
    renderWithStore(
      <>
        <Actions />
        <StorageBanner />
      </>,
    );
    await screen.findByText('status: ready');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('rows: 1');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the data is kept in this tab only when a write fails, keeps it, and exports it', async () => {
    const user = userEvent.setup();
    const database = fakeDatabase();
    database.failWrites(true);
    const download = vi.fn();
    renderWithStore(
      <>
        <Actions />
        <StorageBanner />
      </>,
      { database, download },
    );
    await screen.findByText('status: ready');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Your data is kept in this tab only: the browser refused to store it (the storage quota for this site is used up). Export it to keep a copy.',
    );
    expect(screen.getByText('rows: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export data' }));
    expect(download).toHaveBeenCalledWith(
      'date,region,model,deliveries\r\n2019-06-29,US,,1050\r\n',
      'record-pace-data-2019-06-29.csv',
    );
  });

  it('shows a refused change and lets it be dismissed', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <Actions />
        <StorageBanner />
      </>,
    );
    await screen.findByText('status: ready');
    await user.click(screen.getByRole('button', { name: 'Rename first' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/no longer stored/);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('notes quietly when the browser refuses persistent storage', async () => {
    renderWithStore(
      <>
        <Actions />
        <StorageBanner />
      </>,
      { persistence: fakePersistence(false) },
    );
    await screen.findByText('status: ready');
    expect(screen.queryByText(PERSISTENCE_REFUSED_NOTE)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByText(PERSISTENCE_REFUSED_NOTE)).toBeInTheDocument());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
