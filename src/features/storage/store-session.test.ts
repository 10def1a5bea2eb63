import { datasetFromRecords } from '../../domain/records/build-dataset';
import { day } from './session-testing';
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
import { fakeDatabase, fakePersistence } from './storage-fakes';

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
