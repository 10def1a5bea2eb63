import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../src/domain/import';
import { computeKpis } from '../../src/domain/metrics';
import type { Kpis, Selection, TargetSettings } from '../../src/domain/metrics/types';
import { periodById } from '../../src/domain/periods';
import type { Period } from '../../src/domain/periods/types';
import {
  datasetFromRecords,
  isoFromDay,
  lastDataDay,
  type Dataset,
} from '../../src/domain/records';
import { regionLabel, regionTree } from '../../src/domain/records/regions';
import { defaultPeriod } from '../../src/domain/view/resolve-view';
import { browser, openPage, type OpenedPage } from './browser';
import { KPI_TERMS } from '../fixtures/kpi-terms';

const SAMPLE = resolve(import.meta.dirname, '../../public/sample/record-pace-sample-2019.csv');
const ARTIFACTS = join(tmpdir(), 'record-pace-dashboard-e2e');

/** The summary's columns, word for word from PRODUCT.md §3. */
const SUMMARY_COLUMNS =
  'period,region,as_of,deliveries_to_date,production_to_date,target,target_kind,' +
  'remaining,days_left,required_per_day,pace_per_day,projected_total,chance_to_reach_target,' +
  'open_backlog,inventory,best_day';

/** The committed sample read the way the app reads it: through the importer. */
function sampleDataset(): Dataset {
  const imported = importBytes(new Uint8Array(readFileSync(SAMPLE)), 'record-pace-sample-2019.csv');
  if (!imported.ok) throw new Error(`the sample does not import: ${imported.error.message}`);
  const records = imported.value.tables.flatMap((table) => {
    if (!table.result.ok)
      throw new Error(`the sample does not import: ${table.result.error.message}`);
    return table.result.value.records;
  });
  return datasetFromRecords(records, ['record-pace-sample-2019.csv']);
}

interface NumberStyle {
  group: string;
  decimal: string;
}

/** The browser locale's separators, so the figures are read the way they were written. */
function numberStyle(page: Page): Promise<NumberStyle> {
  return page.evaluate(() => {
    const parts = new Intl.NumberFormat().formatToParts(12345.6);
    return {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
  });
}

/** The first number in a text formatted by the browser ("Record 95,200 (2019 Q2)" → 95200); null for "—". */
function parseShown(text: string, style: NumberStyle): number | null {
  const plain = text.split(style.group).join('').split(style.decimal).join('.').replace(/−/g, '-');
  const match = /-?\d+(?:\.\d+)?/.exec(plain);
  return match ? Number(match[0]) : null;
}

/** The KPI values as shown: the first line of each <dd>, the figure without its detail. */
async function shownKpis(page: Page): Promise<Record<string, string>> {
  // Only the KPI cards: other description lists (the loaded files' details) hold times of day.
  return page.evaluate((terms) => {
    const cards = [...document.querySelectorAll('dt')].filter((dt) =>
      terms.includes(dt.textContent?.trim() ?? ''),
    );
    return Object.fromEntries(
      cards.map((dt) => [
        dt.textContent?.trim() ?? '',
        dt.nextElementSibling?.firstElementChild?.textContent?.trim() ?? '',
      ]),
    );
  }, KPI_TERMS);
}

/** What each KPI card must read, as numbers, from the engine. */
function expectedFigures(kpis: Kpis): Record<string, number | null> {
  return {
    'Deliveries to date': kpis.deliveriesToDate,
    Target: kpis.target.value,
    Remaining: kpis.remaining,
    'Days left': kpis.daysLeft,
    'Required per day': kpis.requiredPerDay,
    'Current pace per day': kpis.pacePerDay,
    'Projected total': kpis.projectedTotal,
    'Chance to reach target': kpis.chanceToReachTarget,
    'Production to date': kpis.productionToDate,
    'Open backlog': kpis.openBacklog,
    Inventory: kpis.inventory,
    'Best day': kpis.bestDay?.value ?? null,
  };
}

/** Counts from 10 up are shown whole, smaller rates with one decimal, the chance as a whole percent. */
function shownPrecision(value: number): number {
  return Math.abs(value) < 10 && !Number.isInteger(value) ? 0.05 : 0.5;
}

async function expectKpisToMatch(
  page: Page,
  dataset: Dataset,
  period: Period,
  selection: Selection,
  settings: TargetSettings = {},
): Promise<void> {
  const kpis = computeKpis(dataset, period, selection, settings);
  const style = await numberStyle(page);
  const expected = expectedFigures(kpis);
  // The page re-renders after the control changes: wait until it shows the new deliveries.
  await expect
    .poll(async () => parseShown((await shownKpis(page))['Deliveries to date'] ?? '', style))
    .toBe(kpis.deliveriesToDate);
  const shown = await shownKpis(page);
  expect(Object.keys(shown).sort()).toEqual([...KPI_TERMS].sort());
  for (const [term, value] of Object.entries(expected)) {
    const text = shown[term];
    expect(text, `no KPI "${term}"`).toBeDefined();
    const figure = parseShown(text ?? '', style);
    if (value === null) {
      expect(figure, `${term} should be none, shows "${text}"`).toBeNull();
    } else {
      expect(figure, `${term} shows "${text}", the engine says ${value}`).not.toBeNull();
      expect(
        Math.abs((figure ?? NaN) - value),
        `${term}: "${text}" vs ${value}`,
      ).toBeLessThanOrEqual(shownPrecision(value));
    }
  }
  if (kpis.target.kind === 'record' && kpis.record) {
    expect(shown.Target).toContain(kpis.record.periodLabel);
  }
}

async function chooseRegion(page: Page, label: string): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Regions:/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page
    .getByRole('group', { name: 'Regions' })
    .getByRole('checkbox', { name: label, exact: true })
    .click();
  await page.keyboard.press('Escape');
}

async function setGoal(page: Page, text: string): Promise<void> {
  const goal = page.getByRole('textbox', { name: 'Goal' });
  await goal.fill(text);
  await goal.press('Enter');
}

/** The controls as the user sees them. */
async function shownControls(page: Page) {
  return {
    period: await page.getByRole('combobox', { name: 'Period' }).inputValue(),
    regions: (await page.getByRole('button', { name: /^Regions:/ }).textContent())?.trim(),
    goal: await page.getByRole('textbox', { name: 'Goal' }).inputValue(),
  };
}

describe('the dashboard on the sample data', () => {
  const dataset = sampleDataset();
  const quarter = (id: string): Period => {
    const period = periodById(id, 1);
    if (!period) throw new Error(`no period ${id}`);
    return period;
  };
  const all: Selection = { regions: [], models: [] };
  const latest = defaultPeriod(dataset, 1);
  const europe = regionTree(dataset).find((group) => group.continent === 'Europe');
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPage('/');
    page = opened.page;
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByText('Deliveries to date', { exact: true }).waitFor();
  });

  afterAll(async () => {
    await opened.context.close();
  });

  it('opens on the latest quarter for all regions with the engine’s KPIs', async () => {
    expect(latest).not.toBeNull();
    expect(latest?.start).toBeLessThanOrEqual(lastDataDay(dataset) ?? -1);
    await expectKpisToMatch(page, dataset, latest as Period, all);
  });

  it('switching Period to an earlier quarter shows that quarter’s KPIs', async () => {
    await page.getByRole('combobox', { name: 'Period' }).selectOption('2019-Q3');
    await expectKpisToMatch(page, dataset, quarter('2019-Q3'), all);
    expect(new URL(page.url()).searchParams.get('period')).toBe('2019-Q3');
    // The charts follow a step behind the KPIs, then show the same period.
    const charts = page.locator('section[aria-labelledby="charts-title"]');
    await expect.poll(() => charts.getAttribute('aria-busy')).toBe('false');
    await expect
      .poll(() => page.locator('figure[data-chart-id="burn-down"] h3').textContent())
      .toContain('2019 Q3');
  });

  it('switching Period to a month shows that month’s KPIs', async () => {
    await page.getByRole('combobox', { name: 'Period' }).selectOption('2019-06');
    await expectKpisToMatch(page, dataset, quarter('2019-06'), all);
  });

  it('picking Europe in Regions shows Europe’s KPIs, then adding one country adds it', async () => {
    expect(europe).toBeDefined();
    await chooseRegion(page, 'Europe');
    await expectKpisToMatch(page, dataset, quarter('2019-06'), { regions: ['Europe'], models: [] });
    await chooseRegion(page, regionLabel('US'));
    await expectKpisToMatch(page, dataset, quarter('2019-06'), {
      regions: ['Europe', 'US'],
      models: [],
    });
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['Europe', 'US']);
  });

  it('Download summary (CSV) has the columns of PRODUCT.md and the engine’s values', async () => {
    const period = quarter('2019-06');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download summary (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('record-pace-summary-2019-06.csv');
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, file.suggestedFilename());
    await file.saveAs(path);
    const [header, ...lines] = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(header).toBe(SUMMARY_COLUMNS);

    const selection: Selection = { regions: ['Europe', 'US'], models: [] };
    const expected = [
      ...selection.regions.map((region) => ({
        region,
        kpis: computeKpis(dataset, period, { regions: [region], models: [] }, {}),
      })),
      { region: 'All selected', kpis: computeKpis(dataset, period, selection, {}) },
    ];
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, index) => {
      const { region, kpis } = expected[index] as (typeof expected)[number];
      const cells = line.split(',');
      expect(cells).toHaveLength(16);
      const [periodId, shownRegion, asOf, ...rest] = cells;
      expect(periodId).toBe('2019-06');
      expect(shownRegion).toBe(region);
      expect(asOf).toBe(kpis.asOf === null ? '' : isoFromDay(kpis.asOf));
      expect(rest[3]).toBe(kpis.target.kind === 'none' ? '' : kpis.target.kind);
      // After period, region, as_of: the columns in PRODUCT.md's order (target_kind checked above).
      const figures: [string, number | null][] = [
        ['deliveries_to_date', kpis.deliveriesToDate],
        ['production_to_date', kpis.productionToDate],
        ['target', kpis.target.value],
        ['target_kind', null],
        ['remaining', kpis.remaining],
        ['days_left', kpis.daysLeft],
        ['required_per_day', kpis.requiredPerDay],
        ['pace_per_day', kpis.pacePerDay],
        ['projected_total', kpis.projectedTotal],
        ['chance_to_reach_target', kpis.chanceToReachTarget],
        ['open_backlog', kpis.openBacklog],
        ['inventory', kpis.inventory],
        ['best_day', kpis.bestDay?.value ?? null],
      ];
      figures.forEach(([column, engine], at) => {
        if (column === 'target_kind') return;
        const raw = rest[at] ?? '';
        // Plain numbers with "." and at most two decimals: nothing a spreadsheet would misread.
        expect(raw, `${region} ${column}`).toMatch(/^(?:-?\d+(?:\.\d{1,2})?)?$/);
        if (engine === null) expect(raw, `${region} ${column}`).toBe('');
        else
          expect(
            Math.abs(Number(raw) - engine),
            `${region} ${column}: ${raw} vs ${engine}`,
          ).toBeLessThanOrEqual(0.005);
      });
    });
  });

  it('the URL carries period, regions and goal: a fresh browser opening it shows the same view', async () => {
    const period = quarter('2019-06');
    const selection: Selection = { regions: ['Europe', 'US'], models: [] };
    await setGoal(page, '20000');
    await expectKpisToMatch(page, dataset, period, selection, { goal: { low: 20_000 } });
    const link = page.url();
    const controls = await shownControls(page);
    const kpis = await shownKpis(page);
    expect(controls.period).toBe('2019-06');

    const fresh = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      // A fresh browser holds no data: the view waits in the URL while the sample loads.
      await other.getByRole('button', { name: 'Load sample data' }).click();
      await other.getByText('Deliveries to date', { exact: true }).waitFor();
      expect(await shownControls(other)).toEqual(controls);
      expect(await shownKpis(other)).toEqual(kpis);
    } finally {
      await fresh.close();
    }
  });

  it('Back restores the previous view and Forward the next', async () => {
    const period = quarter('2019-06');
    const selection: Selection = { regions: ['Europe', 'US'], models: [] };
    await page.goBack();
    await expectKpisToMatch(page, dataset, period, selection);
    expect(await shownControls(page)).toMatchObject({ period: '2019-06', goal: '' });
    await page.goBack();
    await expectKpisToMatch(page, dataset, period, { regions: ['Europe'], models: [] });
    await page.goForward();
    await page.goForward();
    await expectKpisToMatch(page, dataset, period, selection, { goal: { low: 20_000 } });
    expect((await shownControls(page)).goal).toBe('20,000');
  });

  it('reports no page errors', () => {
    expect(opened.problems).toEqual([]);
  });
});
