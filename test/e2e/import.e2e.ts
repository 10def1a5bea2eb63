import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, type OpenedPage } from './browser';
import { juneDays, textFile, workbookFile } from './files';

async function kpi(page: Page, term: string): Promise<string> {
  const value = await page.evaluate((name) => {
    const dt = [...document.querySelectorAll('dt')].find((e) => e.textContent?.trim() === name);
    return dt?.nextElementSibling?.textContent ?? null;
  }, term);
  if (value === null) throw new Error(`No KPI "${term}" on the page`);
  return value;
}

/** Deliveries to date as a number, whatever the browser locale's grouping. */
async function deliveriesToDate(page: Page): Promise<number> {
  return Number((await kpi(page, 'Deliveries to date')).replace(/[^\d]/g, ''));
}

async function upload(page: Page, path: string): Promise<ReturnType<Page['getByRole']>> {
  await page.getByLabel('Upload spreadsheets').first().setInputFiles(path);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

describe('importing CSV, XLSX and ODS through Upload spreadsheets', () => {
  let opened: OpenedPage;
  const days = juneDays(20);
  // North America: the export calls its production column "Orders"; the user corrects it.
  const naCsv = textFile(
    'north-america-june.csv',
    ['Date,Region,Deliveries,Orders', ...days.map((d, i) => `${d},US,${100 + i},${90 + i}`)].join(
      '\r\n',
    ),
  );
  const naTotal = days.reduce((sum, _d, i) => sum + 100 + i, 0);
  const naProduction = days.reduce((sum, _d, i) => sum + 90 + i, 0);
  const europeXlsx = workbookFile('europe-june.xlsx', {
    Deliveries: [['Date', 'Country', 'Deliveries'], ...days.map((d) => [d, 'Norway', 50])],
  });
  const chinaOds = workbookFile('china-june.ods', {
    Sheet1: [['Date', 'Market', 'Units delivered'], ...days.map((d) => [d, 'China', 7])],
  });

  beforeAll(async () => {
    opened = await openPage('/');
  });
  afterAll(async () => {
    await opened.context.close();
  });

  it('imports a CSV after the user fixes a column mapping in the preview', async () => {
    const dialog = await upload(opened.page, naCsv);
    const meaning = dialog.getByRole('combobox', { name: 'Meaning of column Orders' });
    await expect(meaning.inputValue()).resolves.toBe('measure:orders');
    await meaning.selectOption({ label: 'Production' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await opened.page.getByText('Deliveries to date', { exact: true }).waitFor();
    await expect.poll(() => deliveriesToDate(opened.page)).toBe(naTotal);
    const production = Number((await kpi(opened.page, 'Production to date')).replace(/[^\d]/g, ''));
    expect(production).toBe(naProduction);
  });

  it('adds an XLSX workbook: the KPIs change', async () => {
    const dialog = await upload(opened.page, europeXlsx);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => deliveriesToDate(opened.page)).toBe(naTotal + 50 * days.length);
  });

  it('adds an ODS workbook: the KPIs change again', async () => {
    const dialog = await upload(opened.page, chinaOds);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => deliveriesToDate(opened.page)).toBe(naTotal + 57 * days.length);
  });

  it('rejects a broken file with a message naming it and keeps what is loaded', async () => {
    const before = await deliveriesToDate(opened.page);
    const broken = textFile('broken.csv', 'Date,Region,Deliveries\n2019-06-21,US,"12\n');
    await opened.page.getByLabel('Upload spreadsheets').first().setInputFiles(broken);
    const alert = opened.page.getByRole('alert').filter({ hasText: 'broken.csv' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/line 2/);
    expect(await deliveriesToDate(opened.page)).toBe(before);
  });

  it('adds cells pasted from a spreadsheet: the KPIs change', async () => {
    const before = await deliveriesToDate(opened.page);
    // What Excel or Google Sheets put on the clipboard: tab-separated rows.
    const cells = ['Date\tRegion\tDeliveries', ...juneDays(5).map((d) => `${d}\tCanada\t3`)].join(
      '\n',
    );
    await opened.page.evaluate((text) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/plain', text);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
    }, cells);
    const dialog = opened.page.getByRole('dialog', { name: 'Import Pasted cells' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => deliveriesToDate(opened.page)).toBe(before + 15);
  });

  it('reports no page errors', () => {
    expect(opened.problems).toEqual([]);
  });
});

describe('a file chosen while the page changes', () => {
  it('imports a file picked in the empty state even when the dashboard replaced it meanwhile', async () => {
    const { page, context, problems } = await openPage('/');
    try {
      // The file chooser is modal: while it is open the first import can finish and the empty
      // state (with the input the chooser belongs to) gives way to the dashboard.
      const emptyStateInput = await page.getByLabel('Upload spreadsheets').first().elementHandle();
      const first = await upload(page, textFile('first-june.csv', dailyText('US', 10)));
      await first.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
      expect(await emptyStateInput!.evaluate((input) => input.isConnected)).toBe(false);

      await emptyStateInput!.evaluate(
        (input: HTMLInputElement, text) => {
          const files = new DataTransfer();
          files.items.add(new File([text], 'picked-late.csv', { type: 'text/csv' }));
          input.files = files.files;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        dailyText('Norway', 5),
      );
      await page
        .getByRole('dialog', { name: 'Import picked-late.csv' })
        .waitFor({ timeout: 10_000 });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

function dailyText(region: string, deliveries: number): string {
  return [
    'Date,Region,Deliveries',
    ...juneDays(5).map((day) => `${day},${region},${deliveries}`),
  ].join('\n');
}

describe('a big per-vehicle CSV, read by two workers', () => {
  it('counts every vehicle: the second reader’s rows and the first’s', async () => {
    // 270,000 vehicles (19 MB, past the 16 MiB from which a second reader counts the later
    // half): each delivered in 2019-Q2, some with quoted names, one a day not yet delivered.
    const countries = ['Norway', '"Korea, Republic of"', 'United States', 'Germany'];
    const lines = ['VIN,Country,Model,Order date,Build date,Delivery date'];
    let delivered = 0;
    for (let n = 0; n < 270_000; n++) {
      const day = 1 + (n % 90);
      const date = new Date(Date.UTC(2019, 3, day)).toISOString().slice(0, 10);
      const done = n % 90 !== 7;
      if (done) delivered++;
      const vin = `5YJ3E1EA${String(n).padStart(9, '0')}`;
      lines.push(
        `${vin},${countries[n % 4]},Model ${n % 3 === 0 ? 'Y' : '3'},2019-03-01,2019-03-20,${done ? date : ''}`,
      );
    }
    const path = textFile('vehicles-2019-q2.csv', `${lines.join('\n')}\n`);
    const { page, context, problems } = await openPage('/');
    try {
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const dialog = await upload(page, path);
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText('Deliveries to date', { exact: true }).first().waitFor();
      await expect.poll(() => deliveriesToDate(page), { timeout: 20_000 }).toBe(delivered);
      expect(workers.some((url) => url.includes('ahead-worker'))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
