// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dayFromIso } from '../../domain/records/calendar-day';
import { datasetFromRecords, recordsFromDataset } from '../../domain/records/build-dataset';
import type { Dataset } from '../../domain/records/dataset';
import { csvFile as csv, DAILY_CSV as DAILY, twoSheetWorkbook } from '../../workers/test-fixtures';
import { createImportClient, type ImportClient } from './import-client';
import { ImportHarness } from './test-harness';
import { memoryStorage } from './test-storage';

function setup(props: Partial<Parameters<typeof ImportHarness>[0]> = {}) {
  const user = userEvent.setup();
  const onSetDataset = vi.fn<(dataset: Dataset, sources: string[]) => void>();
  render(<ImportHarness onSetDataset={onSetDataset} {...props} />);
  return { user, onSetDataset, input: screen.getByLabelText('Upload spreadsheets') };
}

function lastDataset(
  mock: ReturnType<typeof vi.fn<(dataset: Dataset, sources: string[]) => void>>,
): Dataset {
  const call = mock.mock.calls.at(-1);
  if (!call) throw new Error('setDataset was not called');
  return call[0];
}

describe('import flow', () => {
  // The page loads the importer on first use; load it before the clock of the first test starts.
  beforeAll(async () => {
    await import('../../workers/import-handler');
  });

  it('previews an uploaded CSV, lets a column be remapped, and imports what was chosen', async () => {
    const { user, onSetDataset, input } = setup();
    await user.upload(input, csv('daily.csv', DAILY));
    const dialog = await screen.findByRole('dialog', { name: 'Import daily.csv' });
    expect(within(dialog).getByRole('combobox', { name: 'Table shape' })).toHaveDisplayValue(
      'Daily',
    );
    expect(
      within(dialog).getByRole('combobox', { name: 'Meaning of column Date' }),
    ).toHaveDisplayValue('Date');
    expect(
      within(dialog).getByRole('combobox', { name: 'Meaning of column Orders' }),
    ).toHaveDisplayValue('Orders');
    expect(
      within(dialog).getByRole('table', { name: /all 2 rows as they will be read/ }),
    ).toBeInTheDocument();

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Meaning of column Orders' }),
      'Production',
    );
    const importButton = within(dialog).getByRole('button', { name: 'Import' });
    await waitFor(() => expect(importButton).toBeEnabled());
    await user.click(importButton);

    await waitFor(() => expect(onSetDataset).toHaveBeenCalledTimes(1));
    expect(onSetDataset.mock.calls[0]?.[1]).toEqual(['daily.csv']);
    expect(recordsFromDataset(lastDataset(onSetDataset)).map((r) => r.values)).toEqual([
      { deliveries: 100, production: 40 },
      { deliveries: 120, production: 50 },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 file imported');
  });

  it('asks about an ambiguous date column and blocks Import until it is answered', async () => {
    const { user, onSetDataset, input } = setup();
    await user.upload(
      input,
      csv('dates.csv', 'Date,Region,Deliveries\n03/04/2019,Norway,10\n05/04/2019,Norway,12\n'),
    );
    const dialog = await screen.findByRole('dialog');
    const question = within(dialog).getByRole('group', {
      name: /Is 03\/04\/2019 the 3rd of April or March 4th\?/,
    });
    const importButton = within(dialog).getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    expect(importButton).toHaveAccessibleDescription(/Answer the question above/);

    await user.click(
      within(question).getByRole('radio', { name: /the 3rd of April \(day first\)/ }),
    );
    await waitFor(() => expect(importButton).toBeEnabled());
    await user.click(importButton);
    await waitFor(() => expect(onSetDataset).toHaveBeenCalled());
    expect(recordsFromDataset(lastDataset(onSetDataset)).map((r) => r.day)).toEqual([
      dayFromIso('2019-04-03'),
      dayFromIso('2019-04-05'),
    ]);
  });

  it('shows why a bad file was rejected, naming file, row and column, and keeps the loaded data', async () => {
    const initial = {
      dataset: datasetFromRecords(
        [{ day: 18000, region: 'Norway', values: { deliveries: 1 } }],
        ['kept.csv'],
      ),
      sources: ['kept.csv'],
    };
    const { user, onSetDataset, input } = setup({ initial });
    await user.upload(
      input,
      csv('broken.csv', 'Date,Region,Deliveries\n2019-06-27,Norway,"100\n2019-06-28,Norway,5\n'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.csv, line 2, column 3 ("Deliveries")');
    expect(alert).toHaveTextContent('never closed');
    expect(screen.getByRole('region', { name: 'Import problems' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onSetDataset).not.toHaveBeenCalled();
    expect(screen.getByText('Loaded: kept.csv')).toBeInTheDocument();
  });

  it('cancels a running import and says so', async () => {
    const real = createImportClient({ useWorker: false });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: ImportClient = {
      ...real,
      get mode() {
        return real.mode;
      },
      open: async (...args) => {
        await gate;
        return real.open(...args);
      },
      cancelAll: () => real.cancelAll(),
    };
    const { user, onSetDataset, input } = setup({ client: slow });
    await user.upload(input, csv('big.csv', DAILY));
    // The worker reads the file itself; held back here, it has read nothing yet.
    expect(await screen.findByRole('progressbar', { name: /big\.csv/ })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status')).toHaveTextContent('Import cancelled');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The worker is asked to open the file after the cancel: nothing may come of it.
    await act(async () => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onSetDataset).not.toHaveBeenCalled();
  });

  it('imports cells pasted as tab-separated text', async () => {
    const { user, onSetDataset } = setup();
    await user.click(document.body);
    await user.paste('Date\tRegion\tDeliveries\n2019-06-27\tNorway\t100\n2019-06-28\tNorway\t120');
    const dialog = await screen.findByRole('dialog', { name: 'Import Pasted cells' });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onSetDataset).toHaveBeenCalled());
    expect(onSetDataset.mock.calls[0]?.[1]).toEqual(['Pasted cells']);
    expect(recordsFromDataset(lastDataset(onSetDataset)).map((r) => r.values.deliveries)).toEqual([
      100, 120,
    ]);
  });

  it('remembers a corrected mapping and offers it first for a file with the same headers', async () => {
    const storage = memoryStorage();
    const { user, onSetDataset, input } = setup({ storage });
    await user.upload(input, csv('june.csv', DAILY));
    let dialog = await screen.findByRole('dialog');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Meaning of column Orders' }),
      'Production',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Import' })).toBeEnabled(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onSetDataset).toHaveBeenCalledTimes(1));

    await user.upload(input, csv('july.csv', DAILY.replaceAll('06-2', '07-2')));
    dialog = await screen.findByRole('dialog', { name: 'Import july.csv' });
    expect(
      within(dialog).getByRole('combobox', { name: 'Meaning of column Orders' }),
    ).toHaveDisplayValue('Production');
    expect(within(dialog).getByText(/Using the mapping you chose before/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onSetDataset).toHaveBeenCalledTimes(2));
    expect(onSetDataset.mock.calls[1]?.[1]).toEqual(['june.csv', 'july.csv']);
    expect(recordsFromDataset(lastDataset(onSetDataset))).toHaveLength(4);
  });

  it('offers hidden sheets unticked, and Escape closes the dialog without importing', async () => {
    const bytes = twoSheetWorkbook();
    const { user, onSetDataset, input } = setup();
    await user.upload(input, new File([bytes], 'book.xlsx'));
    // SheetJS reads the workbook on the page here (no worker in jsdom): slow on a busy machine.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Import book.xlsx' },
      { timeout: 5_000 },
    );
    expect(within(dialog).getByRole('checkbox', { name: 'June (2 rows)' })).toBeChecked();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Old (2 rows, hidden)' }),
    ).not.toBeChecked();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onSetDataset).not.toHaveBeenCalled();
  });

  it('keeps keyboard focus inside the dialog and gives it back when the dialog closes', async () => {
    const { user, input } = setup();
    await user.upload(input, csv('daily.csv', DAILY));
    const dialog = await screen.findByRole('dialog');
    const skip = within(dialog).getByRole('button', { name: 'Skip this file' });
    const first = within(dialog).getByRole('combobox', { name: 'Table shape' });
    expect(first).toHaveFocus();
    skip.focus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(skip).toHaveFocus();
    await user.click(skip);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
  });
});
