import { datasetFromRecords, recordsFromDataset } from '../../domain/records/build-dataset';
import type { DailyRecord, Dataset } from '../../domain/records/dataset';
import { REVISION_KEY, STORE_NAMES } from '../../domain/storage/schema';
import type { NewDataset } from './dataset-repository';
import type { PersistenceManager } from './session-types';
import {
  channelHub,
  fakeDatabase,
  fakePersistence,
  type ChannelHub,
  type FakeDatabase,
} from './storage-fakes';
import { createStoreSession, VERSION_CHANGE_PROBLEM, type StoreSession } from './store-session';
import type { StoreEvents } from './indexeddb-store';

const day = (n: number, region: string, deliveries: number, model = ''): DailyRecord => ({
  day: 18000 + n,
  region,
  model,
  values: { deliveries },
});

function input(name: string, records: DailyRecord[]): NewDataset {
  return { name, sources: [`${name}.csv`], dataset: datasetFromRecords(records, [`${name}.csv`]) };
}

const june = input('june', [day(1, 'US', 900), day(2, 'US', 1000)]);
const juneRevised = input('june', [day(2, 'US', 1050), day(3, 'US', 1100)]);
const norway = input('norway', [day(2, 'NO', 180)]);

interface Tab {
  session: StoreSession;
  events: () => StoreEvents;
}

let clock = 1_561_800_000_000;
let ids = 0;

function openTab(
  database: FakeDatabase,
  hub: ChannelHub | null = null,
  persistence: PersistenceManager | null = null,
): Tab {
  let events: StoreEvents | null = null;
  const session = createStoreSession({
    openStore: (given) => {
      events = given;
      return database.open();
    },
    channel: () => hub?.channel() ?? null,
    persistence,
    now: () => (clock += 60_000),
    newId: () => `dataset-${++ids}`,
  });
  return {
    session,
    events: () => {
      if (!events) throw new Error('not opened');
      return events;
    },
  };
}

async function started(tab: Tab): Promise<StoreSession> {
  await tab.session.start();
  return tab.session;
}

function deliveries(dataset: Dataset | null): number[] {
  return dataset
    ? recordsFromDataset(dataset).map((record) => record.values.deliveries ?? NaN)
    : [];
}

function names(session: StoreSession): string[] {
  return session.getSnapshot().entries.map((entry) => entry.name);
}

async function storedIds(database: FakeDatabase): Promise<string[]> {
  return database.store.transaction('readonly', async (transaction) =>
    (await transaction.entries(STORE_NAMES.datasets)).map(([id]) => id),
  );
}

describe('the store session', () => {
  it('starts empty and ready, stored in the database', async () => {
    const session = await started(openTab(fakeDatabase()));
    expect(session.getSnapshot()).toMatchObject({
      status: 'ready',
      entries: [],
      combined: null,
      sources: [],
      storage: { mode: 'indexeddb', problem: null },
    });
  });

  it('keeps an added dataset, shows it as it was given, and restores it in a new page', async () => {
    const database = fakeDatabase();
    const first = await started(openTab(database));
    await expect(first.add(june)).resolves.toEqual({ ok: true });
    expect(first.getSnapshot().combined).toBe(june.dataset);
    expect(first.getSnapshot().entries).toEqual([
      expect.objectContaining({ name: 'june', sources: ['june.csv'], rowCount: 2, problem: null }),
    ]);
    await first.saveView('v1:period=2019-Q2');
    first.stop();

    const second = await started(openTab(database));
    expect(names(second)).toEqual(['june']);
    expect(deliveries(second.getSnapshot().combined)).toEqual([900, 1000]);
    expect(second.getSnapshot().sources).toEqual(['june.csv']);
    expect(second.getSnapshot().lastView).toBe('v1:period=2019-Q2');
  });

  it('combines datasets, the later import winning per day, region and model', async () => {
    const session = await started(openTab(fakeDatabase()));
    await session.add(june);
    await session.add(juneRevised);
    expect(deliveries(session.getSnapshot().combined)).toEqual([900, 1050, 1100]);
  });

  it('renames, replaces and removes a dataset, and every change survives a reload', async () => {
    const database = fakeDatabase();
    const session = await started(openTab(database));
    await session.add(june);
    await session.add(norway);
    const [juneId, norwayId] = session.getSnapshot().entries.map((entry) => entry.id) as [
      string,
      string,
    ];

    await expect(session.rename(juneId, 'June, North America')).resolves.toEqual({ ok: true });
    await expect(session.replace(juneId, juneRevised)).resolves.toEqual({ ok: true });
    await expect(session.remove(norwayId)).resolves.toEqual({ ok: true });
    expect(session.getSnapshot().entries.map((entry) => [entry.id, entry.name])).toEqual([
      [juneId, 'june'],
    ]);
    expect(deliveries(session.getSnapshot().combined)).toEqual([1050, 1100]);

    const reloaded = await started(openTab(database));
    expect(reloaded.getSnapshot().entries.map((entry) => entry.id)).toEqual([juneId]);
    expect(deliveries(reloaded.getSnapshot().combined)).toEqual([1050, 1100]);
  });

  it('clears everything, the last view included', async () => {
    const database = fakeDatabase();
    const session = await started(openTab(database));
    await session.add(june);
    await session.saveView('v1:x');
    await expect(session.clearAll()).resolves.toEqual({ ok: true });
    expect(session.getSnapshot().combined).toBeNull();
    const reloaded = await started(openTab(database));
    expect(reloaded.getSnapshot()).toMatchObject({ entries: [], lastView: null });
  });

  it('takes the import flow’s whole data in place of the datasets whose files it includes', async () => {
    const database = fakeDatabase();
    const session = await started(openTab(database));
    await session.add(norway);
    await session.replaceAll(june.dataset, ['june.csv']);
    const merged = datasetFromRecords(
      [day(1, 'US', 900), day(2, 'NO', 180)],
      ['norway.csv', 'june.csv'],
    );
    await session.replaceAll(merged, ['norway.csv', 'june.csv']);
    expect(names(session)).toEqual(['norway.csv, june.csv']);
    expect(session.getSnapshot().combined).toBe(merged);
    expect(await storedIds(database)).toHaveLength(1);
  });

  it('waits for the stored data before a change asked for during loading', async () => {
    const database = fakeDatabase();
    const first = await started(openTab(database));
    await first.add(norway);
    const tab = openTab(database);
    const early = tab.session.replaceAll(june.dataset, ['june.csv']);
    await tab.session.start();
    await early;
    expect(names(tab.session).sort()).toEqual(['june.csv', 'norway']);
  });
});

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

describe('persistent storage', () => {
  it('is asked for once, after the first import, and a refusal is shown', async () => {
    const persistence = fakePersistence(false);
    const session = await started(openTab(fakeDatabase(), null, persistence));
    expect(session.getSnapshot().storage.persisted).toBeNull();
    await session.add(june);
    await session.add(norway);
    expect(persistence.asked).toBe(1);
    expect(session.getSnapshot().storage.persisted).toBe(false);
  });

  it('is not asked for when already granted', async () => {
    const persistence = fakePersistence(true, true);
    const session = await started(openTab(fakeDatabase(), null, persistence));
    await session.add(june);
    expect(persistence.asked).toBe(0);
    expect(session.getSnapshot().storage.persisted).toBe(true);
  });
});
