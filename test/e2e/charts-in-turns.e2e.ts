import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from './browser';
import { textFile } from './files';

/** Every day of 2019 Q2, as ISO dates. */
function quarterDays(): string[] {
  const days: string[] = [];
  for (let day = Date.UTC(2019, 3, 1); day <= Date.UTC(2019, 5, 30); day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

/** A quarter of daily rows for four countries and two models: every chart has something to draw. */
function quarterCsv(): string {
  const lines = ['Date,Region,Model,Deliveries,Production,Orders'];
  quarterDays().forEach((day, index) => {
    ['US', 'DE', 'CN', 'AU'].forEach((region, r) => {
      ['Model 3', 'Model Y'].forEach((model, m) => {
        const base = 20 + r * 7 + m * 5 + (index % 13);
        lines.push(
          `${day},${region},${model},${base + (index > 80 ? 40 : 0)},${base + 3},${base - 2}`,
        );
      });
    });
  });
  return `${lines.join('\n')}\n`;
}

/** Records whether a plot ever waited for its turn (the placeholders may be gone by the time we look). */
const WATCH_PLACEHOLDERS = `
  window.__placeholders = 0;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('[data-plot-placeholder]')) window.__placeholders++;
        window.__placeholders += node.querySelectorAll('[data-plot-placeholder]').length;
      }
    }
  }).observe(document, { subtree: true, childList: true });
`;

describe('charts drawn in turns after an import', () => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage('/');
    await opened.context.addInitScript(WATCH_PLACEHOLDERS);
    await opened.page.reload();
  });

  afterAll(async () => {
    await opened.context.close();
  });

  it('puts every chart into a dashboard image taken at once after Import', async () => {
    const { page } = opened;
    await page
      .getByLabel('Upload spreadsheets')
      .first()
      .setInputFiles(textFile('quarter.csv', quarterCsv()));
    await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Deliveries to date', { exact: true }).waitFor();
    // At once: plots may still be waiting for their turn; the image waits for them.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download dashboard (PNG)' }).click(),
    ]);
    const folder = join(tmpdir(), 'record-pace-charts-e2e');
    mkdirSync(folder, { recursive: true });
    const path = join(folder, file.suggestedFilename());
    await file.saveAs(path);
    const png = readFileSync(path).toString('base64');

    const placeholders = await page.evaluate(
      () => (window as unknown as { __placeholders: number }).__placeholders,
    );
    const figures = await page.locator('figure[data-chart-id]').count();
    expect(figures).toBeGreaterThanOrEqual(7);
    // The plots were drawn in turns, each first held by a placeholder.
    expect(placeholders).toBeGreaterThanOrEqual(figures);

    // The colours in each plot's box of the image: an empty placeholder would be one or two.
    const colours = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      const main = document.querySelector('#main')?.getBoundingClientRect();
      if (!main) throw new Error('no #main');
      const scale = bitmap.width / main.width;
      return [...document.querySelectorAll('figure[data-chart-id]')].map((figure) => {
        const box = figure.querySelector('[data-chart-plot]')?.getBoundingClientRect();
        if (!box) return { chart: figure.getAttribute('data-chart-id'), colours: 0 };
        const pixels = context.getImageData(
          Math.round((box.left - main.left) * scale),
          Math.round((box.top - main.top) * scale),
          Math.max(1, Math.round(box.width * scale)),
          Math.max(1, Math.round(box.height * scale)),
        ).data;
        const seen = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4) {
          seen.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
        }
        return { chart: figure.getAttribute('data-chart-id'), colours: seen.size };
      });
    }, png);
    expect(colours).toHaveLength(figures);
    expect(colours.filter((plot) => plot.colours < 10)).toEqual([]);
    expect(await page.locator('[data-plot-pending]').count()).toBe(0);
  });

  it('keeps each chart’s title, Export and data table usable by keyboard', async () => {
    const { page } = opened;
    const burnDown = page.getByRole('figure', { name: /^Burn-down/ });
    const toggle = burnDown.getByRole('button', { name: 'Show data table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await burnDown.getByRole('table').waitFor();
    expect(await burnDown.getByRole('button', { name: /^Export / }).isEnabled()).toBe(true);
    // No plot box is announced empty: each says what its chart shows, or (a chart with nothing
    // to draw) what it needs, in words on the page.
    const labels = await page
      .locator('figure[data-chart-id] [data-chart-plot]')
      .evaluateAll((plots) =>
        plots.map((plot) =>
          plot.hasAttribute('data-chart-empty')
            ? (plot.textContent ?? '')
            : (plot.getAttribute('aria-label') ?? ''),
        ),
      );
    expect(labels.filter((label) => label.trim() === '')).toEqual([]);
  });

  it('reports no page errors', () => {
    expect(opened.problems).toEqual([]);
  });
});
