// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UploadSpreadsheets } from '../features/import';
import { fakeDatabase, type FakeDatabase } from '../features/storage/storage-fakes';
import { App } from './app';
import { DataProvider } from './data-provider';

type User = ReturnType<typeof userEvent.setup>;

/** Daily rows from 2019-06-01 for `days` days (June, and July after day 30). */
function dailyCsv(region: string, base: number, days = 28): string {
  const lines = ['Date,Region,Deliveries'];
  for (let i = 0; i < days; i++) {
    const date = new Date(Date.UTC(2019, 5, 1 + i)).toISOString().slice(0, 10);
    lines.push(`${date},${region},${base + i}`);
  }
  return `${lines.join('\n')}\n`;
}

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const sum = (base: number, days = 28) => days * base + (days * (days - 1)) / 2;
const count = (value: number) => value.toLocaleString('en-US');

let ids = 0;

function renderApp(database: FakeDatabase = fakeDatabase()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const rendered = render(
    <QueryClientProvider client={client}>
      <DataProvider
        openStore={() => database.open()}
        channel={() => null}
        persistence={null}
        newId={() => `dataset-${++ids}`}
      >
        <App
          loadSample={() => Promise.reject(new Error('no sample here'))}
          upload={<UploadSpreadsheets />}
        />
      </DataProvider>
    </QueryClientProvider>,
  );
  return { ...rendered, database };
}

async function importFile(user: User, file: File, input?: HTMLElement): Promise<void> {
  await user.upload(input ?? (await screen.findAllByLabelText('Upload spreadsheets'))[0]!, file);
  const dialog = await screen.findByRole(
    'dialog',
    { name: `Import ${file.name}` },
    { timeout: 5000 },
  );
  const importButton = within(dialog).getByRole('button', { name: 'Import' });
  await waitFor(() => expect(importButton).toBeEnabled());
  await user.click(importButton);
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  // The dashboard (with the Datasets button) replaces the empty screen and its upload input.
  await screen.findByRole('button', { name: /^Datasets/ }, { timeout: 5000 });
}

function deliveriesToDate(): string {
  const term = screen.getAllByText('Deliveries to date').find((node) => node.tagName === 'DT');
  return term?.nextElementSibling?.textContent ?? '';
}

/** The "Data:" line under the summary's title. */
function dataLine(): string {
  const summary = screen.getByRole('region', { name: '2019 Q2: All regions' });
  return within(summary).getByText(/^Data:/).textContent ?? '';
}

async function openDatasets(user: User): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: /^Datasets/ });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return screen.getByRole('region', { name: 'Stored datasets' });
}

function listedNames(list: HTMLElement): string[] {
  return within(list)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '');
}

interface StoredRow {
  name: string;
  sources: string[];
  mappings: { file: string }[];
}

async function storedRows(database: FakeDatabase): Promise<StoredRow[]> {
  return database.store.transaction('readonly', async (transaction) =>
    (await transaction.entries('datasets')).map(([, value]) => value as StoredRow),
  );
}

const US = csv('us.csv', dailyCsv('US', 1000));
const NORWAY = csv('norway.csv', dailyCsv('Norway', 100));

describe('datasets in the app', () => {
  beforeAll(async () => {
    // The page loads the importer on first use; load it before the first test's clock starts.
    await import('../workers/import-handler');
  });
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('keeps each imported file as a dataset of its own and shows them together', async () => {
    const user = userEvent.setup();
    const { database } = renderApp();
    await importFile(user, US);
    await importFile(user, NORWAY);
    await waitFor(() => expect(deliveriesToDate()).toBe(count(sum(1000) + sum(100))));
    const list = await openDatasets(user);
    expect(listedNames(list)).toEqual(['us.csv', 'norway.csv']);
    expect(screen.getByRole('button', { name: 'Datasets (2)' })).toBeInTheDocument();
    const rows = await storedRows(database);
    expect(rows.map((row) => [row.name, row.sources, row.mappings.map((m) => m.file)])).toEqual([
      ['us.csv', ['us.csv'], ['us.csv']],
      ['norway.csv', ['norway.csv'], ['norway.csv']],
    ]);
    expect(dataLine()).toBe('Data: us.csv, norway.csv');
  });

  it('reports figures that another stored dataset also gives, naming that dataset', async () => {
    const user = userEvent.setup();
    renderApp();
    await importFile(user, US);
    await importFile(user, csv('us-copy.csv', dailyCsv('US', 5000, 2)));
    expect(
      await screen.findByText(/2019-06-01 · US: deliveries are also in us\.csv/),
    ).toBeInTheDocument();
    // The later file wins for the days both give; the others stay.
    await waitFor(() =>
      expect(deliveriesToDate()).toBe(count(sum(1000) - 1000 - 1001 + 5000 + 5001)),
    );
  });

  it('replaces the dataset of a file imported again under the same name, and says so', async () => {
    const user = userEvent.setup();
    const { database } = renderApp();
    await importFile(user, US);
    await importFile(user, NORWAY);
    await importFile(user, csv('us.csv', dailyCsv('US', 2000)));
    await waitFor(() => expect(deliveriesToDate()).toBe(count(sum(2000) + sum(100))));
    expect(
      screen.getByText(/us\.csv was loaded before; its earlier data is replaced/),
    ).toBeInTheDocument();
    expect((await storedRows(database)).map((row) => row.name).sort()).toEqual([
      'norway.csv',
      'us.csv',
    ]);
  });

  it('replaces a chosen dataset with a newer export through the import dialog', async () => {
    const user = userEvent.setup();
    const { database } = renderApp();
    await importFile(user, US);
    await importFile(user, NORWAY);
    const list = await openDatasets(user);
    const newer = csv('us-july.csv', dailyCsv('US', 3000));
    await importFile(user, newer, within(list).getByLabelText('Replace us.csv'));
    await waitFor(() => expect(deliveriesToDate()).toBe(count(sum(3000) + sum(100))));
    expect(screen.getByText(/us-july\.csv replaces the dataset us\.csv/)).toBeInTheDocument();
    expect(listedNames(list)).toEqual(['norway.csv', 'us-july.csv']);
    expect((await storedRows(database)).map((row) => row.sources)).toHaveLength(2);
  });

  it('renames a dataset in the list; the data line keeps naming the files', async () => {
    const user = userEvent.setup();
    const { database } = renderApp();
    await importFile(user, US);
    const list = await openDatasets(user);
    await user.click(within(list).getByRole('button', { name: 'Rename us.csv' }));
    const field = within(list).getByRole('textbox', { name: 'New name for us.csv' });
    await user.clear(field);
    await user.type(field, 'US, June{Enter}');
    await waitFor(() => expect(listedNames(list)).toEqual(['US, June']));
    // Escape in the name field leaves the form only: the panel stays open.
    expect(screen.getByRole('button', { name: /^Datasets/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(dataLine()).toBe('Data: us.csv');
    await waitFor(async () => expect((await storedRows(database))[0]?.name).toBe('US, June'));
    // A newer export of the same file keeps the name the user gave.
    await importFile(user, csv('us.csv', dailyCsv('US', 2000)));
    await waitFor(() => expect(deliveriesToDate()).toBe(count(sum(2000))));
    expect(listedNames(list)).toEqual(['US, June']);
  });

  it('removes one dataset: its deliveries leave the totals', async () => {
    const user = userEvent.setup();
    renderApp();
    await importFile(user, US);
    await importFile(user, NORWAY);
    await waitFor(() => expect(deliveriesToDate()).toBe(count(sum(1000) + sum(100))));
    const list = await openDatasets(user);
    await user.click(within(list).getByRole('button', { name: 'Remove norway.csv' }));
    await waitFor(() => expect(deliveriesToDate()).toBe(count(sum(1000))));
    expect(listedNames(list)).toEqual(['us.csv']);
  });

  it('clears all data after the confirmation and goes back to the empty screen', async () => {
    const user = userEvent.setup();
    const { database } = renderApp();
    await importFile(user, US);
    await importFile(user, NORWAY);
    const list = await openDatasets(user);
    await user.click(within(list).getByRole('button', { name: 'Clear all data' }));
    await user.click(within(list).getByRole('button', { name: 'Yes, clear all data' }));
    expect(await screen.findByRole('button', { name: 'Load sample data' })).toBeInTheDocument();
    expect(await storedRows(database)).toEqual([]);
  });

  it('Escape in the Clear all data question answers Cancel and keeps everything', async () => {
    const user = userEvent.setup();
    const { database } = renderApp();
    await importFile(user, US);
    const list = await openDatasets(user);
    await user.click(within(list).getByRole('button', { name: 'Clear all data' }));
    expect(within(list).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(list).queryByRole('group', { name: 'Confirm clearing all data' })).toBeNull();
    expect(within(list).getByRole('button', { name: 'Clear all data' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Stored datasets' })).toBeVisible();
    expect(listedNames(list)).toEqual(['us.csv']);
    expect(await storedRows(database)).not.toEqual([]);
  });

  it('opens and closes from the keyboard; Escape puts focus back on the button', async () => {
    const user = userEvent.setup();
    renderApp();
    await importFile(user, US);
    const button = screen.getByRole('button', { name: /^Datasets/ });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Rename us.csv' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Stored datasets' })).toBeNull();
  });

  it('keeps the skip link the first stop of the keyboard when the storage banner shows', async () => {
    const user = userEvent.setup();
    const database = fakeDatabase();
    database.failWrites(true);
    renderApp(database);
    await importFile(user, US);
    expect(await screen.findByRole('button', { name: 'Export data' })).toBeInTheDocument();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
  });

  it('saves the view shown and restores it when the page opens without one', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await importFile(user, csv('us-june-july.csv', dailyCsv('US', 1000, 61)));
    const period = await screen.findByLabelText('Period');
    expect(period).toHaveValue('2019-Q3');
    await user.selectOptions(period, '2019-Q2');
    await waitFor(async () => {
      const stored = await first.database.store.transaction('readonly', (transaction) =>
        transaction.entries('view'),
      );
      expect(JSON.stringify(stored)).toContain('period=2019-Q2');
    });
    first.unmount();

    // A browser restart: the same database, a URL without a view.
    window.history.replaceState(null, '', '/');
    renderApp(first.database);
    expect(await screen.findByLabelText('Period')).toHaveValue('2019-Q2');
    expect(window.location.search).toContain('period=2019-Q2');
  });

  it('keeps a view the URL gives over the saved one', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    await importFile(user, csv('us-june-july.csv', dailyCsv('US', 1000, 61)));
    await user.selectOptions(await screen.findByLabelText('Period'), '2019-Q2');
    await new Promise((resolve) => setTimeout(resolve, 600));
    first.unmount();

    window.history.replaceState(null, '', '/?v=1&period=2019-Q3');
    renderApp(first.database);
    expect(await screen.findByLabelText('Period')).toHaveValue('2019-Q3');
  });
});
