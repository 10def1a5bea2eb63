import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from './browser';

interface FocusStop {
  /** The accessible text: "Export Burn-down … — 2019 Q4", "Period", "Show data table". */
  name: string;
  tag: string;
  /** The chart the element belongs to, if any. */
  chart: string | null;
  /** Outline and box shadow while focused by the keyboard. */
  focused: string;
  /** The same once focus has moved on: the indicator is what differs. */
  unfocused: string;
}

/**
 * What the focus indicator is drawn with; "none" when nothing is drawn. An input styled away
 * (opacity 0, its label drawn as the button) shows its focus on that label.
 */
function ringOf(element: Element): string {
  const labels = (element as HTMLInputElement).labels;
  const shown =
    getComputedStyle(element).opacity === '0' && labels && labels[0] ? labels[0] : element;
  const style = getComputedStyle(shown);
  if (style.opacity === '0' || style.visibility === 'hidden') return 'none';
  const outline =
    style.outlineStyle !== 'none' &&
    parseFloat(style.outlineWidth) > 0 &&
    style.outlineColor !== 'rgba(0, 0, 0, 0)'
      ? `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
      : '';
  const shadow =
    style.boxShadow !== 'none' && style.boxShadow !== '' ? `shadow ${style.boxShadow}` : '';
  return [outline, shadow].filter(Boolean).join(' + ') || 'none';
}

/** What has focus: null when it is the page itself (focus left the page). */
async function describeFocus(page: Page): Promise<Omit<FocusStop, 'unfocused'> | null> {
  return page.evaluate((ring) => {
    const element = document.activeElement;
    if (element === null || element === document.body) return null;
    // Sent as text: the helper must run in the page, and evaluate takes one function.
    const ringIn = new Function(`return (${ring})`)() as (e: Element) => string;
    element.setAttribute('data-focus-probe', '');
    const labelled =
      element.getAttribute('aria-label') ??
      element.closest('label')?.querySelector('span')?.textContent ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    return {
      name: labelled.replace(/[▾▴]/g, '').replace(/\s+/g, ' ').trim(),
      tag: element.tagName.toLowerCase(),
      chart: element.closest('figure[data-chart-id]')?.getAttribute('data-chart-id') ?? null,
      focused: ringIn(element),
    };
  }, ringOf.toString());
}

/** The ring of the element focused before, now that focus has moved on. */
async function ringOfPrevious(page: Page): Promise<string> {
  return page.evaluate((ring) => {
    const element = document.querySelector('[data-focus-probe]');
    if (element === null) return 'gone';
    element.removeAttribute('data-focus-probe');
    return (new Function(`return (${ring})`)() as (e: Element) => string)(element);
  }, ringOf.toString());
}

/** Presses Tab until focus leaves the page or comes back round; every element focused on the way. */
async function tabThrough(page: Page, limit = 300): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const last = stops.at(-1);
    if (last) last.unfocused = await ringOfPrevious(page);
    const stop = await describeFocus(page);
    if (stop === null) break;
    if (stops[0]?.name === stop.name && stops[0].tag === stop.tag) break;
    stops.push({ ...stop, unfocused: '' });
  }
  return stops;
}

/** Tabs from the top of the page to the element whose accessible text starts with `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  await page
    .getByRole('link', { name: /skip/i })
    .or(page.locator('h1'))
    .first()
    .evaluate((element) => {
      (document.activeElement as HTMLElement | null)?.blur();
      element.scrollIntoView();
    });
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const HEADER_CONTROLS = [
  'Upload spreadsheets',
  'Theme',
  'Period',
  'Regions: All regions',
  'Models: All models',
  'Goal',
  'Record',
  'Settings',
  'Share link',
  'Download dashboard (PNG)',
  'Download summary (CSV)',
];

describe('the dashboard by keyboard', () => {
  let opened: OpenedPage;
  let page: Page;
  let stops: FocusStop[];
  let charts: string[];

  beforeAll(async () => {
    opened = await openPage('/');
    page = opened.page;
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByText('Deliveries to date', { exact: true }).waitFor();
    await page.locator('figure[data-chart-id="burn-down"] svg path').first().waitFor();
    charts = await page
      .locator('figure[data-chart-id]')
      .evaluateAll((figures) =>
        figures.map((figure) => figure.getAttribute('data-chart-id') ?? ''),
      );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    stops = await tabThrough(page);
  });

  afterAll(async () => {
    await opened.context.close();
  });

  it('reaches every header control with Tab, in reading order', () => {
    const names = stops.map((stop) => stop.name);
    const positions = HEADER_CONTROLS.map((control) => names.indexOf(control));
    expect(
      HEADER_CONTROLS.filter((_control, i) => positions[i] === -1),
      `focus stops: ${names.join(' | ')}`,
    ).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('reaches each chart’s Export and Show data table buttons with Tab', () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const chart of charts) {
      const own = stops.filter((stop) => stop.chart === chart).map((stop) => stop.name);
      expect(
        own.some((name) => name.startsWith('Export ')),
        `${chart}: ${own.join(' | ')}`,
      ).toBe(true);
      expect(own, chart).toContain('Show data table');
    }
  });

  it('shows a visible focus indicator on every stop, which goes away when focus moves on', () => {
    expect(stops.length).toBeGreaterThan(HEADER_CONTROLS.length + 2 * charts.length - 1);
    for (const stop of stops) {
      expect(stop.focused, `${stop.chart ?? 'page'}: ${stop.name}`).not.toBe('none');
      expect(stop.focused, `${stop.chart ?? 'page'}: ${stop.name}`).not.toBe(stop.unfocused);
    }
  });

  it('opens the Regions picker with Enter and Space and closes it with Escape, focus back on it', async () => {
    const button = page.getByRole('button', { name: /^Regions:/ });
    const panel = page.getByRole('group', { name: 'Regions' });
    await tabTo(page, 'Regions');
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() =>
      document.activeElement?.closest('label')?.textContent?.trim(),
    );
    expect(first).toBe('All regions');
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Space');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    // Space on a country ticks it: the picker is operable, not only reachable.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const ticked = await page.evaluate(() =>
      document.activeElement?.closest('label')?.textContent?.trim(),
    );
    await page.keyboard.press('Space');
    await expect.poll(() => button.textContent()).toContain(ticked ?? '?');
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('opens a chart’s data table with Enter and its Export menu with Enter, closing it with Escape', async () => {
    const figure = page.locator('figure[data-chart-id="burn-down"]');
    await tabTo(page, 'Export');
    const exportButton = figure.getByRole('button', { name: /^Export / });
    expect(await exportButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => exportButton.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => exportButton.getAttribute('aria-expanded')).toBe('false');
    expect(await exportButton.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.press('Tab');
    const toggle = figure.getByRole('button', { name: /data table/ });
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await figure.getByRole('table').isVisible()).toBe(true);
    // The open table scrolls: it takes focus itself so the keyboard can scroll it.
    await page.keyboard.press('Tab');
    const region = await page.evaluate(() => document.activeElement?.getAttribute('role'));
    expect(region).toBe('region');
  });

  it('reports no page errors', () => {
    expect(opened.problems).toEqual([]);
  });
});
