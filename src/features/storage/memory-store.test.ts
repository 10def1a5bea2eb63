import { STORE_NAMES } from '../../domain/storage/schema';
import { createMemoryStore } from './memory-store';

const { datasets, view } = STORE_NAMES;

describe('the memory store', () => {
  it('writes all of a transaction or, when its work fails, nothing', async () => {
    const store = createMemoryStore();
    await store.transaction('readwrite', async (t) => {
      await t.put(datasets, 'a', 1);
      await t.put(view, 'last', 'v');
    });
    const failure = new Error('stop');
    await expect(
      store.transaction('readwrite', async (t) => {
        await t.put(datasets, 'b', 2);
        await t.delete(datasets, 'a');
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(store.transaction('readonly', (t) => t.entries(datasets))).resolves.toEqual([
      ['a', 1],
    ]);
  });

  it('runs transactions one after another, each seeing the one before', async () => {
    const store = createMemoryStore();
    const increments = Array.from({ length: 5 }, () =>
      store.transaction('readwrite', async (t) => {
        const value = ((await t.get(view, 'n')) as number | undefined) ?? 0;
        await Promise.resolve();
        await t.put(view, 'n', value + 1);
      }),
    );
    await Promise.all(increments);
    await expect(store.transaction('readonly', (t) => t.get(view, 'n'))).resolves.toBe(5);
  });

  it.each(['put', 'delete', 'clear'] as const)(
    'refuses %s in a read-only transaction',
    async (method) => {
      const store = createMemoryStore();
      await expect(
        store.transaction('readonly', (t) =>
          method === 'clear' ? t.clear(datasets) : t[method](datasets, 'a', 1),
        ),
      ).rejects.toMatchObject({ name: 'ReadOnlyError' });
    },
  );

  it('clones values when asked to, as IndexedDB does', async () => {
    const value = { n: new Int32Array([1]) };
    const cloning = createMemoryStore({ clone: true });
    await cloning.transaction('readwrite', (t) => t.put(datasets, 'a', value));
    value.n[0] = 2;
    await expect(cloning.transaction('readonly', (t) => t.get(datasets, 'a'))).resolves.toEqual({
      n: new Int32Array([1]),
    });
  });

  it('starts from a seed, lists keys in order, and is unusable once closed', async () => {
    const store = createMemoryStore({
      seed: {
        [datasets]: [
          ['b', 2],
          ['a', 1],
        ],
      },
    });
    await expect(store.transaction('readonly', (t) => t.entries(datasets))).resolves.toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    store.close();
    await expect(store.transaction('readonly', (t) => t.get(datasets, 'a'))).rejects.toMatchObject({
      name: 'InvalidStateError',
    });
  });
});
