import { openIndexedDbStore, upgradeSchema, type StoreEvents } from './indexeddb-store';

/**
 * Just enough of IndexedDB's classes for idb's openDB to wait on a request that the test
 * answers (or never answers). The real database is exercised by the end-to-end tests.
 */
class FakeRequest extends EventTarget {
  result: unknown = null;
  error: unknown = null;
}
class FakeDatabase extends EventTarget {
  closed = 0;
  close() {
    this.closed += 1;
  }
}
class Unused extends EventTarget {}

const IDB_CLASSES = {
  IDBRequest: FakeRequest,
  IDBDatabase: FakeDatabase,
  IDBIndex: Unused,
  IDBObjectStore: Unused,
  IDBCursor: Unused,
  IDBTransaction: Unused,
};

let requests: FakeRequest[] = [];

beforeEach(() => {
  requests = [];
  for (const [name, value] of Object.entries(IDB_CLASSES)) vi.stubGlobal(name, value);
  vi.stubGlobal('indexedDB', {
    open: () => {
      const request = new FakeRequest();
      requests.push(request);
      return request;
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function events(): StoreEvents & { versionChanges: number; terminations: number } {
  const seen = {
    versionChanges: 0,
    terminations: 0,
    onVersionChange: () => (seen.versionChanges += 1),
    onTerminated: () => (seen.terminations += 1),
  };
  return seen;
}

function succeed(request: FakeRequest, database: FakeDatabase) {
  request.result = database;
  request.dispatchEvent(new Event('success'));
}

describe('opening the database', () => {
  it('gives up after the time limit instead of hanging, and closes a connection that opens late', async () => {
    const opening = openIndexedDbStore(events(), 30);
    const request = requests[0]!;
    // Another tab holds an older version open: the browser says "blocked" and waits.
    request.dispatchEvent(new Event('blocked'));
    await expect(opening).resolves.toEqual({
      ok: false,
      reason: expect.stringContaining('did not open within'),
    });
    const late = new FakeDatabase();
    succeed(request, late);
    await vi.waitFor(() => expect(late.closed).toBe(1));
  });

  it('opens a store when the database answers in time', async () => {
    const opening = openIndexedDbStore(events(), 1000);
    const database = new FakeDatabase();
    succeed(requests[0]!, database);
    const opened = await opening;
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.store.close();
    expect(database.closed).toBe(1);
  });

  it('closes the connection and tells when a newer version wants to open', async () => {
    const seen = events();
    const opening = openIndexedDbStore(seen, 1000);
    const database = new FakeDatabase();
    succeed(requests[0]!, database);
    await opening;
    database.dispatchEvent(new Event('versionchange'));
    expect(database.closed).toBe(1);
    expect(seen.versionChanges).toBe(1);
    database.dispatchEvent(new Event('close'));
    expect(seen.terminations).toBe(1);
  });

  it.each([
    ['VersionError', 'a newer version of Record Pace stored data here'],
    ['InvalidStateError', 'the database is closed or unavailable'],
  ])('says why when opening fails with a %s', async (name, reason) => {
    const opening = openIndexedDbStore(events(), 1000);
    const request = requests[0]!;
    request.error = new DOMException('no', name);
    request.dispatchEvent(new Event('error'));
    await expect(opening).resolves.toEqual({ ok: false, reason });
  });

  it('says so when the browser offers no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openIndexedDbStore(events(), 10)).resolves.toMatchObject({ ok: false });
  });
});

describe('the schema upgrade', () => {
  it('creates the datasets, view and meta stores on a new database, and nothing on a current one', () => {
    const created: string[] = [];
    const database = {
      createObjectStore: (name: string) => created.push(name),
    } as unknown as IDBDatabase;
    upgradeSchema(database, 0);
    expect(created).toEqual(['datasets', 'view', 'meta']);
    upgradeSchema(database, 1);
    expect(created).toHaveLength(3);
  });
});
