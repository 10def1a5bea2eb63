import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { appUrl, openPage } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** June 2019, one row per day: US 1,000 + day and Norway 100 + day deliveries. */
function dailyCsv(region: string, base: number): string {
  const lines = ['Date,Region,Deliveries'];
  for (let day = 1; day <= 28; day++) {
    lines.push(`2019-06-${String(day).padStart(2, '0')},${region},${base + day}`);
  }
  return `${lines.join('\n')}\n`;
}

const US = { name: 'us-june.csv', mimeType: 'text/csv', buffer: Buffer.from(dailyCsv('US', 1000)) };
const NORWAY = {
  name: 'norway-june.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(dailyCsv('Norway', 100)),
};
const BROKEN = {
  name: 'broken.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('Date,Region,Deliveries\n2019-06-27,Norway,"100\n2019-06-28,Norway,5\n'),
};
const total = (base: number) =>
  Array.from({ length: 28 }, (_, i) => base + i + 1).reduce((a, b) => a + b);
const US_TOTAL = total(1000).toLocaleString('en-US');
const BOTH_TOTAL = (total(1000) + total(100)).toLocaleString('en-US');

const BANNER = 'Your data is kept in this tab only: the browser refused to store it';

async function importFile(page: Page, file: typeof US): Promise<void> {
  await page.getByLabel('Upload spreadsheets').first().setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: `Import ${file.name}` });
  await dialog.waitFor();
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect.poll(() => importButton.isEnabled()).toBe(true);
  await importButton.click();
  await dialog.waitFor({ state: 'detached' });
  // The dashboard follows the import in a deferred render: its figures are the new ones once its
  // data line names the file.
  await expect
    .poll(
      () =>
        page
          .getByText(/^Data: /)
          .first()
          .textContent(),
      { timeout: 10_000 },
    )
    .toContain(file.name);
}

/** The KPI description list as { term: value }, once it is shown. */
async function kpis(page: Page): Promise<Record<string, string>> {
  await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
  return page.evaluate(() => {
    const pairs: Record<string, string> = {};
    for (const term of document.querySelectorAll('dt')) {
      const value = term.nextElementSibling;
      if (value?.tagName === 'DD')
        pairs[term.textContent?.trim() ?? ''] = value.textContent?.trim() ?? '';
    }
    return pairs;
  });
}

async function deliveriesToDate(page: Page): Promise<string> {
  return (await kpis(page))['Deliveries to date'] ?? '';
}

/**
 * Every record of the app's database as text, typed arrays as their bytes in hex: two dumps
 * are equal only if the stored data is byte for byte the same.
 */
async function databaseDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('record-pace');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const encode = (value: unknown): unknown => {
      if (ArrayBuffer.isView(value)) {
        const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return `${value.constructor.name}:${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
      }
      if (Array.isArray(value)) return value.map(encode);
      if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, encode((value as Record<string, unknown>)[key])]),
        );
      }
      return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
    };
    const dump: Record<string, unknown> = {};
    const names = [...database.objectStoreNames];
    const transaction = database.transaction(names, 'readonly');
    for (const name of names) {
      const store = transaction.objectStore(name);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) =>
            new Promise<unknown[]>((resolve, reject) => {
              request.onsuccess = () => resolve(request.result as unknown[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      dump[name] = keys!.map((key, i) => [key, encode(values![i])]);
    }
    database.close();
    return JSON.stringify(dump);
  });
}

/** Opens the Datasets panel (if closed) and returns the names it lists. */
async function listedDatasets(page: Page): Promise<string[]> {
  const toggle = page.getByRole('button', { name: /^Datasets/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const list = page.getByRole('region', { name: 'Stored datasets' });
  await list.waitFor();
  return list.getByRole('heading', { level: 3 }).allTextContents();
}

/** The "Data:" line under the summary: the files the dashboard is made of. */
async function dataLine(page: Page): Promise<string> {
  return (
    (await page
      .locator('#main p', { hasText: /^Data:/ })
      .first()
      .textContent()) ?? ''
  );
}

async function choosePeriod(page: Page, period: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Period' }).selectOption(period);
  await expect
    .poll(() => page.evaluate(() => window.location.search))
    .toContain(`period=${period}`);
  // The view is saved a moment after it last changed.
  await page.waitForTimeout(800);
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function opened(path = '/') {
  const page = await openPage(path);
  cleanups.push(() => page.context.close());
  return page;
}

describe('keeping data', () => {
  it('shows the same KPIs after a reload', async () => {
    const { page, problems } = await opened();
    await importFile(page, US);
    const before = await kpis(page);
    expect(before['Deliveries to date']).toBe(US_TOTAL);
    await page.reload();
    expect(await kpis(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('keeps the data when the browser is closed and opened again on the same profile', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'record-pace-profile-'));
    cleanups.push(() => rm(profile, { recursive: true, force: true }));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        headless: true,
        viewport: { width: 1280, height: 900 },
      });
    let context: BrowserContext = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(appUrl());
    await importFile(page, US);
    await choosePeriod(page, '2019-06');
    const before = await kpis(page);
    await context.close();

    context = await launch();
    cleanups.push(() => context.close());
    page = context.pages()[0] ?? (await context.newPage());
    // Opened without a view in the URL, as a restored browser or a bookmark does.
    await page.goto(appUrl());
    expect(await page.getByRole('combobox', { name: 'Period' }).inputValue()).toBe('2019-06');
    expect(await kpis(page)).toEqual(before);
    expect(await listedDatasets(page)).toEqual(['us-june.csv']);
  });

  it('keeps each file as a dataset to rename and remove, and brings list, KPIs and view back', async () => {
    const { page, problems } = await opened();
    await importFile(page, US);
    await importFile(page, NORWAY);
    expect(await deliveriesToDate(page)).toBe(BOTH_TOTAL);
    expect(await listedDatasets(page)).toEqual(['us-june.csv', 'norway-june.csv']);

    const list = page.getByRole('region', { name: 'Stored datasets' });
    await list.getByRole('button', { name: 'Rename us-june.csv' }).click();
    const field = list.getByRole('textbox', { name: 'New name for us-june.csv' });
    await field.fill('US deliveries, June');
    await field.press('Enter');
    await expect
      .poll(() => listedDatasets(page))
      .toEqual(['US deliveries, June', 'norway-june.csv']);
    // The dataset's name is the user's; the data line and chart captions keep naming the files.
    expect(await dataLine(page)).toBe('Data: us-june.csv, norway-june.csv');

    await list.getByRole('button', { name: 'Remove norway-june.csv' }).click();
    await expect.poll(() => deliveriesToDate(page)).toBe(US_TOTAL);
    expect(await listedDatasets(page)).toEqual(['US deliveries, June']);
    expect(await dataLine(page)).toBe('Data: us-june.csv');

    await choosePeriod(page, '2019-06');
    const before = await kpis(page);
    await page.reload();
    expect(await kpis(page)).toEqual(before);
    expect(await listedDatasets(page)).toEqual(['US deliveries, June']);
    // Without the view in the URL, the saved one comes back.
    await page.goto(appUrl());
    expect(await page.getByRole('combobox', { name: 'Period' }).inputValue()).toBe('2019-06');
    expect(await kpis(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('replaces a dataset with a newer export chosen in the list, and clears all data', async () => {
    const { page } = await opened();
    await importFile(page, US);
    await importFile(page, NORWAY);
    await listedDatasets(page);
    const list = page.getByRole('region', { name: 'Stored datasets' });
    const newer = {
      ...NORWAY,
      name: 'norway-june-v2.csv',
      buffer: Buffer.from(dailyCsv('Norway', 200)),
    };
    await list.getByLabel('Replace norway-june.csv').setInputFiles(newer);
    const dialog = page.getByRole('dialog', { name: `Import ${newer.name}` });
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    const both = (total(1000) + total(200)).toLocaleString('en-US');
    await expect.poll(() => deliveriesToDate(page)).toBe(both);
    expect(await listedDatasets(page)).toEqual(['us-june.csv', 'norway-june-v2.csv']);

    await list.getByRole('button', { name: 'Clear all data' }).click();
    await list.getByRole('button', { name: 'Yes, clear all data' }).click();
    await page.getByRole('button', { name: 'Load sample data' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Load sample data' }).waitFor();
  });

  it('keeps working in memory when storing fails, says so, and loses nothing', async () => {
    const { page, context } = await opened();
    await importFile(page, US);
    expect(await deliveriesToDate(page)).toBe(US_TOTAL);
    // From the next load on, every write fails as on a full disk; reading still works.
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    expect(await deliveriesToDate(page)).toBe(US_TOTAL);

    await importFile(page, NORWAY);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: BANNER }).count()).toBe(1);
    expect(await deliveriesToDate(page)).toBe(BOTH_TOTAL);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export data' }).click();
    const exported = await (await download).createReadStream();
    let text = '';
    for await (const chunk of exported) text += String(chunk);
    expect(text.split('\r\n')[0]).toBe('date,region,model,deliveries');
    expect(text).toContain('2019-06-28,Norway,,128');
    expect(text).toContain('2019-06-28,US,,1028');

    // What was stored before the failure is still there.
    await page.reload();
    expect(await deliveriesToDate(page)).toBe(US_TOTAL);
  });

  it('shows an import made in one page in the other page of the same profile', async () => {
    const first = await opened();
    const second = await first.context.newPage();
    await second.goto(appUrl());
    await importFile(first.page, US);
    expect(await deliveriesToDate(second)).toBe(US_TOTAL);
    await importFile(second, NORWAY);
    await expect.poll(() => deliveriesToDate(first.page)).toBe(BOTH_TOTAL);
    await first.page.reload();
    expect(await deliveriesToDate(first.page)).toBe(BOTH_TOTAL);
  });

  it('leaves the stored data byte for byte unchanged when a bad file is rejected', async () => {
    const { page } = await opened();
    await importFile(page, US);
    // The view is saved a moment after a change (after the dashboard's deferred render): compare
    // once it is stored and the database has settled.
    await expect.poll(() => databaseDump(page), { timeout: 10_000 }).toContain('["last",');
    let before = await databaseDump(page);
    for (let check = 0; check < 20; check++) {
      await page.waitForTimeout(500);
      const again = await databaseDump(page);
      if (again === before) break;
      before = again;
    }
    expect(before).toContain('us-june.csv');
    await page.getByLabel('Upload spreadsheets').first().setInputFiles(BROKEN);
    await page.getByRole('alert').filter({ hasText: 'broken.csv' }).first().waitFor();
    expect(await databaseDump(page)).toBe(before);
    expect(await deliveriesToDate(page)).toBe(US_TOTAL);
    await page.reload();
    expect(await deliveriesToDate(page)).toBe(US_TOTAL);
  });

  it('lets go of the database when a newer version opens in another page, and says to reload', async () => {
    const { page, context } = await opened();
    await importFile(page, US);
    const other = await context.newPage();
    await other.goto(appUrl('/favicon.svg'));
    // A later release of the app upgrading the database: it must not wait for this page.
    const upgraded = await other.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('record-pace', 2);
          request.onsuccess = () => {
            resolve(request.result.version);
            request.result.close();
          };
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('blocked by the open page'));
        }),
    );
    expect(upgraded).toBe(2);
    await page.getByRole('alert').filter({ hasText: 'Reload this tab' }).waitFor();
    expect(await deliveriesToDate(page)).toBe(US_TOTAL);

    // This (older) release opened on the newer database works in memory instead of failing.
    const older = await context.newPage();
    await older.goto(appUrl());
    await older.getByRole('alert').filter({ hasText: BANNER }).waitFor();
  });
});
