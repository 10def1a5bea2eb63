import { REVISION_KEY, STORE_NAMES } from '../../domain/storage/schema';
import type { StoreSession } from './session-types';
import {
  deliveries,
  june,
  juneRevised,
  names,
  norway,
  openTab,
  started,
  storedIds,
} from './session-testing';
import { channelHub, fakeDatabase } from './storage-fakes';
import { createStoreSession, VERSION_CHANGE_PROBLEM } from './store-session';

describe('two tabs', () => {
  it('shows one tab’s import in the other once the message arrives', async () => {
    const database = fakeDatabase();
    const hub = channelHub();
    const a = await started(openTab(database, hub));
    const b = await started(openTab(database, hub));
    await a.add(june);
    expect(hub.posted).toEqual([{ type: 'changed', revision: 1 }]);
    expect(names(b)).toEqual([]);
    hub.deliver();
    await b.idle();
    expect(names(b)).toEqual(['june']);
    expect(deliveries(b.getSnapshot().combined)).toEqual([900, 1000]);
  });

  it.each<[string, (session: StoreSession, id: string) => Promise<unknown>, RegExp]>([
    [
      'renaming',
      (s, id) => s.rename(id, 'mine'),
      /was changed in another tab, so it was not renamed/,
    ],
    [
      'replacing',
      (s, id) => s.replace(id, norway),
      /was changed in another tab, so it was not replaced/,
    ],
    ['removing', (s, id) => s.remove(id), /was changed in another tab, so it was not removed/],
    ['clearing', (s) => s.clearAll(), /changed in another tab just now, so nothing was cleared/],
  ])(
    'refuses %s over a change the tab has not seen, and shows the other tab’s',
    async (_name, act, message) => {
      const database = fakeDatabase();
      const hub = channelHub();
      const a = await started(openTab(database, hub));
      const b = await started(openTab(database, hub));
      await a.add(june);
      hub.deliver();
      await b.idle();
      const id = b.getSnapshot().entries[0]!.id;
      await a.rename(id, 'theirs');
      // b has not heard of the rename yet.
      const outcome = await act(b, id);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(b.getSnapshot().notice).toMatch(message);
      expect(names(b)).toEqual(['theirs']);
      const reloaded = await started(openTab(database));
      expect(names(reloaded)).toEqual(['theirs']);
    },
  );

  it('keeps both tabs’ imports when they add at the same time', async () => {
    const database = fakeDatabase();
    const hub = channelHub();
    const a = await started(openTab(database, hub));
    const b = await started(openTab(database, hub));
    await a.add(june);
    await b.add(norway);
    expect(names(b)).toEqual(['june', 'norway']);
    hub.deliver();
    await a.idle();
    expect(names(a)).toEqual(['june', 'norway']);
  });

  it('does not let a stale import flow supersede a dataset another tab changed', async () => {
    const database = fakeDatabase();
    const hub = channelHub();
    const a = await started(openTab(database, hub));
    const b = await started(openTab(database, hub));
    await a.add(june);
    hub.deliver();
    await b.idle();
    await a.replace(a.getSnapshot().entries[0]!.id, juneRevised);
    const outcome = await b.replaceAll(june.dataset, ['june.csv']);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(deliveries(b.getSnapshot().combined)).toEqual([1050, 1100]);
  });

  it('refuses a change to a dataset the tab no longer has', async () => {
    const session = await started(openTab(fakeDatabase()));
    await expect(session.rename('gone', 'x')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-dataset' },
    });
    expect(session.getSnapshot().notice).toMatch(/no longer stored/);
    session.dismissNotice();
    expect(session.getSnapshot().notice).toBeNull();
  });
});

describe('when storing fails', () => {
  it('keeps working in memory, says why, and loses nothing already shown or stored', async () => {
    const database = fakeDatabase();
    const hub = channelHub();
    const session = await started(openTab(database, hub));
    await session.add(june);
    database.failWrites(true);

    await expect(session.add(norway)).resolves.toEqual({ ok: true });
    const { storage, entries, combined } = session.getSnapshot();
    expect(storage.mode).toBe('memory');
    expect(storage.problem).toBe(
      'Your data is kept in this tab only: the browser refused to store it (the storage quota for this site is used up). Export it to keep a copy.',
    );
    expect(entries.map((entry) => entry.name)).toEqual(['june', 'norway']);
    expect(deliveries(combined)).toEqual([900, 180, 1000]);
    expect(hub.posted).toHaveLength(1);

    // Later changes work in memory; the database keeps what it had.
    const juneId = entries[0]!.id;
    await expect(session.rename(juneId, 'renamed')).resolves.toEqual({ ok: true });
    expect(names(session)).toEqual(['renamed', 'norway']);
    expect(session.exportCsv()).toContain('2019-04-16,NO,,180');
    database.failWrites(false);
    const reloaded = await started(openTab(database));
    expect(names(reloaded)).toEqual(['june']);
    expect(deliveries(reloaded.getSnapshot().combined)).toEqual([900, 1000]);
  });

  it('starts in memory with the reason when the database does not open', async () => {
    const session = createStoreSession({
      openStore: async () => ({ ok: false, reason: 'storage is not allowed on this page' }),
      channel: () => null,
      persistence: null,
      now: () => 0,
      newId: () => 'x',
    });
    await session.start();
    expect(session.getSnapshot()).toMatchObject({
      status: 'ready',
      storage: {
        mode: 'memory',
        problem: expect.stringContaining('(storage is not allowed on this page)'),
      },
    });
    await session.add(june);
    expect(names(session)).toEqual(['june']);
  });

  it('lets go of the database and says to reload when a newer version opens in another tab', async () => {
    const database = fakeDatabase();
    const tab = openTab(database);
    const session = await started(tab);
    await session.add(june);
    tab.events().onVersionChange();
    await session.idle();
    expect(session.getSnapshot().storage).toMatchObject({
      mode: 'memory',
      problem: VERSION_CHANGE_PROBLEM,
    });
    expect(database.closed()).toBe(1);
    await session.add(norway);
    expect(names(session)).toEqual(['june', 'norway']);
    expect(await storedIds(database)).toHaveLength(1);
  });

  it('lists a stored dataset that cannot be read, so that it can be removed', async () => {
    const database = fakeDatabase();
    await database.store.transaction('readwrite', async (transaction) => {
      await transaction.put(STORE_NAMES.datasets, 'broken', {
        id: 'broken',
        name: 'Old data',
        revision: 1,
      });
      await transaction.put(STORE_NAMES.meta, REVISION_KEY, 1);
    });
    const session = await started(openTab(database));
    expect(session.getSnapshot().entries).toEqual([
      expect.objectContaining({
        id: 'broken',
        name: 'Old data',
        problem: expect.stringContaining('"Old data"'),
      }),
    ]);
    expect(session.getSnapshot().combined).toBeNull();
    await expect(session.remove('broken')).resolves.toEqual({ ok: true });
    expect(session.getSnapshot().entries).toEqual([]);
    expect(await storedIds(database)).toEqual([]);
  });
});
