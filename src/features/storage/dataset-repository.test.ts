import { datasetFromRecords } from '../../domain/records/build-dataset';
import { STORE_NAMES } from '../../domain/storage/schema';
import { createDatasetRepository, type Change } from './dataset-repository';
import type { KeyValueStore, StoreTransaction } from './key-value-store';
import { createMemoryStore } from './memory-store';

const dataset = datasetFromRecords(
  [{ day: 18076, region: 'US', values: { deliveries: 1050 } }],
  ['june.csv'],
);
const add: Change = {
  kind: 'add',
  id: 'june',
  importedAt: 1,
  entry: { name: 'June', sources: ['june.csv'], dataset },
  supersedes: [],
};

/** A store whose writes are changed on the way in: put gives `alter(value)` to the real store. */
function alteringStore(alter: (value: unknown) => unknown): KeyValueStore {
  const store = createMemoryStore({ clone: true });
  return {
    transaction: (mode, work) =>
      store.transaction(mode, (transaction: StoreTransaction) =>
        work({
          ...transaction,
          put: (name, key, value) => transaction.put(name, key, alter(value)),
        }),
      ),
    close: () => store.close(),
  };
}

function throwingStore(error: unknown): KeyValueStore {
  return {
    transaction: async () => {
      throw error;
    },
    close: () => undefined,
  };
}

const datasetsOnly = (change: (record: Record<string, unknown>) => unknown) => (value: unknown) =>
  typeof value === 'object' && value !== null && 'payload' in value
    ? change(structuredClone(value) as Record<string, unknown>)
    : value;

describe('the dataset repository', () => {
  it('confirms a write by reading it back', async () => {
    const repository = createDatasetRepository(createMemoryStore({ clone: true }));
    const result = await repository.commit(add);
    expect(result).toMatchObject({ ok: true, revision: 1, removed: [], cleared: false });
    const loaded = await repository.load();
    expect(loaded).toMatchObject({
      ok: true,
      value: { revision: 1, entries: [{ id: 'june', name: 'June' }] },
    });
  });

  it.each<[string, (value: unknown) => unknown]>([
    [
      'a changed value',
      datasetsOnly((record) => {
        (record.payload as { measures: { deliveries: Float64Array } }).measures.deliveries[0] = 1;
        return record;
      }),
    ],
    ['a changed name', datasetsOnly((record) => ({ ...record, name: 'Other' }))],
    ['a lost record', datasetsOnly(() => undefined)],
    ['a damaged record', datasetsOnly((record) => ({ ...record, payload: null }))],
    ['a lost revision counter', (value) => (typeof value === 'number' ? undefined : value)],
  ])('reports a write that reads back with %s as a storage failure', async (_name, alter) => {
    const repository = createDatasetRepository(alteringStore(alter));
    await expect(repository.commit(add)).resolves.toEqual({
      ok: false,
      error: { code: 'storage-failed', reason: expect.any(String) },
    });
  });

  it.each([
    ['QuotaExceededError', 'the storage quota for this site is used up'],
    ['InvalidStateError', 'the database is closed or unavailable'],
    ['SomethingNewError', 'SomethingNewError: it broke'],
  ])('turns a %s into a reason for people', async (name, reason) => {
    const repository = createDatasetRepository(throwingStore(new DOMException('it broke', name)));
    await expect(repository.commit(add)).resolves.toEqual({
      ok: false,
      error: { code: 'storage-failed', reason },
    });
    await expect(repository.load()).resolves.toEqual({ ok: false, reason });
    await expect(repository.saveView('v')).resolves.toEqual({ ok: false, reason });
  });

  it.each([
    ['a TypeError', new TypeError('undefined is not a function')],
    ['a DataCloneError', new DOMException('could not be cloned', 'DataCloneError')],
  ])('lets %s through: it is a bug, not the browser refusing', async (_name, error) => {
    const repository = createDatasetRepository(throwingStore(error));
    await expect(repository.commit(add)).rejects.toBe(error);
  });

  it('saves the last view and reads it back', async () => {
    const store = createMemoryStore({ clone: true });
    const repository = createDatasetRepository(store);
    await expect(repository.saveView('v1:a')).resolves.toEqual({ ok: true });
    await expect(repository.saveView('v1:b')).resolves.toEqual({ ok: true });
    const loaded = await repository.load();
    expect(loaded.ok && loaded.value.lastView).toBe('v1:b');
  });

  it('writes nothing when a change is refused', async () => {
    const store = createMemoryStore({ clone: true });
    const repository = createDatasetRepository(store);
    await repository.commit(add);
    const stale: Change = { kind: 'rename', base: { id: 'june', revision: 0 }, name: 'Mine' };
    await expect(repository.commit(stale)).resolves.toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const revision = await store.transaction('readonly', (t) =>
      t.get(STORE_NAMES.meta, 'revision'),
    );
    expect(revision).toBe(1);
  });
});
