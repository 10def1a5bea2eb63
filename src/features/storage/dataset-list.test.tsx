// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { datasetFromRecords } from '../../domain/records/build-dataset';
import { DatasetList } from './dataset-list';
import { useDatasetStore, type DatasetInput } from './dataset-store-provider';
import { renderWithStore } from './render-with-store';
import type { FakeDatabase } from './storage-fakes';

const june: DatasetInput = {
  name: 'June deliveries',
  sources: ['june.csv', 'june-orders.xlsx'],
  dataset: datasetFromRecords(
    Array.from({ length: 1200 }, (_, i) => ({
      day: 18050 + (i % 30),
      region: `R${Math.floor(i / 30)}`,
      values: { deliveries: i },
    })),
  ),
};
const norway: DatasetInput = {
  name: 'Norway',
  sources: ['norway.csv'],
  dataset: datasetFromRecords([{ day: 18076, region: 'NO', values: { deliveries: 180 } }]),
};

/** Stores the given datasets once the store is ready, as the import flow would. */
function Seed({ datasets }: { datasets: DatasetInput[] }) {
  const { status, add } = useDatasetStore();
  useEffect(() => {
    if (status !== 'ready') return;
    void (async () => {
      for (const entry of datasets) await add(entry);
    })();
    // Once, when the store is ready.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);
  return null;
}

async function storedNames(database: FakeDatabase): Promise<string[]> {
  return database.store.transaction('readonly', async (transaction) =>
    (await transaction.entries('datasets')).map(([, value]) => (value as { name: string }).name),
  );
}

function renderList(datasets: DatasetInput[], onReplaceFiles = vi.fn()) {
  const rendered = renderWithStore(
    <>
      <Seed datasets={datasets} />
      <DatasetList onReplaceFiles={onReplaceFiles} locale="en-US" />
    </>,
  );
  return { ...rendered, onReplaceFiles };
}

async function item(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name });
  return heading.closest('li')!;
}

describe('DatasetList', () => {
  it('lists each dataset with its files, import time and row count', async () => {
    renderList([june, norway]);
    const entry = await item('June deliveries');
    expect(within(entry).getByText('june.csv, june-orders.xlsx')).toBeInTheDocument();
    expect(within(entry).getByText('1,200')).toBeInTheDocument();
    const imported = within(entry).getByText('Imported').nextElementSibling;
    expect(imported?.textContent).toMatch(/2019/);
    await item('Norway');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says when nothing is stored', async () => {
    renderList([]);
    expect(await screen.findByText('No datasets are stored in this browser.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all data' })).toBeNull();
  });

  it('renames inline, with Enter, and keeps the new name', async () => {
    const user = userEvent.setup();
    const { database } = renderList([norway]);
    await item('Norway');
    await user.click(screen.getByRole('button', { name: 'Rename Norway' }));
    const field = screen.getByRole('textbox', { name: 'New name for Norway' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Norway, June{Enter}');
    await item('Norway, June');
    await waitFor(async () => expect(await storedNames(database)).toEqual(['Norway, June']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename Norway, June' })).toHaveFocus(),
    );
  });

  it.each([
    ['Escape', async (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    [
      'Cancel',
      async (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole('button', { name: 'Cancel' })),
    ],
  ])('keeps the name when renaming is left with %s', async (_name, leave) => {
    const user = userEvent.setup();
    const { database } = renderList([norway]);
    await item('Norway');
    await user.click(screen.getByRole('button', { name: 'Rename Norway' }));
    await user.type(screen.getByRole('textbox', { name: 'New name for Norway' }), ' changed');
    await leave(user);
    await item('Norway');
    expect(await storedNames(database)).toEqual(['Norway']);
  });

  it('does not save an empty name', async () => {
    const user = userEvent.setup();
    renderList([norway]);
    await item('Norway');
    await user.click(screen.getByRole('button', { name: 'Rename Norway' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for Norway' }));
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled();
  });

  it('hands the files chosen to replace a dataset to the import flow', async () => {
    const user = userEvent.setup();
    const { onReplaceFiles } = renderList([norway]);
    await item('Norway');
    const file = new File(['date,region,deliveries\n2019-06-29,NO,181\n'], 'norway.csv', {
      type: 'text/csv',
    });
    await user.upload(screen.getByLabelText('Replace Norway'), file);
    const id = onReplaceFiles.mock.calls[0]?.[0] as string;
    expect(id).toMatch(/^dataset-/);
    expect(onReplaceFiles).toHaveBeenCalledWith(id, [file]);
  });

  it('removes one dataset', async () => {
    const user = userEvent.setup();
    const { database } = renderList([june, norway]);
    await item('Norway');
    await user.click(screen.getByRole('button', { name: 'Remove June deliveries' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(await storedNames(database)).toEqual(['Norway']);
  });

  it('clears everything only after a confirmation, which can be cancelled', async () => {
    const user = userEvent.setup();
    const { database } = renderList([june, norway]);
    await item('Norway');
    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    const confirm = screen.getByRole('group', { name: 'Confirm clearing all data' });
    expect(within(confirm).getByText(/all 2 stored datasets/)).toBeInTheDocument();
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Clear all data' })).toHaveFocus();
    expect(await storedNames(database)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear all data' }));
    await screen.findByText('No datasets are stored in this browser.');
    expect(await storedNames(database)).toEqual([]);
  });
});
