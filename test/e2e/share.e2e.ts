import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { burnDownSeries } from '../../src/domain/metrics';
import { periodOf } from '../../src/domain/periods';
import { datasetFromRecords, isoFromDay, lastDataDay } from '../../src/domain/records';
import { generateSample } from '../../src/domain/sample';
import { appUrl, browser, openPage, type OpenedPage } from './browser';
import { KPI_TERMS } from '../fixtures/kpi-terms';

/** Where the images are kept for a person to look at (one goes into the README). */
const ARTIFACTS = process.env.SHARE_E2E_ARTIFACTS ?? join(tmpdir(), 'record-pace-share-e2e');

interface Png {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8Array;
}

/** A PNG decoder for 8-bit RGB and RGBA without interlacing: what canvas.toBlob writes. */
function decodePng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8);
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      expect(channels).toBeGreaterThan(0);
      expect(body[12]).toBe(0);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (rows[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (rows[(y - 1) * stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[(y - 1) * stride + x - channels] as number) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter] as number;
      rows[y * stride + x] = ((line[x] as number) + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 3; c++) pixels[i * 4 + c] = rows[i * channels + c] as number;
    pixels[i * 4 + 3] = channels === 4 ? (rows[i * channels + 3] as number) : 255;
  }
  return { width, height, pixels };
}

function distinctColours(png: Png): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.pixels.length; i += 4) {
    seen.add(
      ((png.pixels[i] as number) << 16) |
        ((png.pixels[i + 1] as number) << 8) |
        (png.pixels[i + 2] as number),
    );
  }
  return seen.size;
}

/** The share of pixels in a box (PNG pixels) that differ clearly from the background. */
function inkShare(png: Png, box: { x: number; y: number; width: number; height: number }): number {
  const [r0, g0, b0] = [png.pixels[0], png.pixels[1], png.pixels[2]] as [number, number, number];
  let ink = 0;
  let total = 0;
  for (let y = Math.floor(box.y); y < Math.min(png.height, Math.ceil(box.y + box.height)); y++) {
    for (let x = Math.floor(box.x); x < Math.min(png.width, Math.ceil(box.x + box.width)); x++) {
      const i = (y * png.width + x) * 4;
      const difference =
        Math.abs((png.pixels[i] as number) - r0) +
        Math.abs((png.pixels[i + 1] as number) - g0) +
        Math.abs((png.pixels[i + 2] as number) - b0);
      if (difference > 120) ink++;
      total++;
    }
  }
  return total === 0 ? 0 : ink / total;
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  // The browser runs behind a remote connection: the file is copied over, not read in place.
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** One of a chart's export actions, with its Export menu opened. */
async function exportAction(figure: Locator, name: string): Promise<Locator> {
  const toggle = figure.getByRole('button', { name: /^Export / });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return figure.getByRole('button', { name, exact: true });
}

/** The KPI cards as the page shows them: term → value. */

async function kpiValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    (terms) =>
      Object.fromEntries(
        [...document.querySelectorAll('dt')]
          .filter((dt) => terms.includes(dt.textContent?.trim() ?? ''))
          .map((dt) => [
            dt.textContent?.trim() ?? '',
            dt.nextElementSibling?.textContent?.trim() ?? '',
          ]),
      ),
    KPI_TERMS,
  );
}

/** A box of the page relative to the figure, in the PNG's pixels. */
async function boxIn(figure: Locator, selector: string, scale: number) {
  const [outer, inner] = await Promise.all([
    figure.boundingBox(),
    figure.locator(selector).first().boundingBox(),
  ]);
  if (!outer || !inner) throw new Error(`no box for ${selector}`);
  return {
    x: (inner.x - outer.x) * scale,
    y: (inner.y - outer.y) * scale,
    width: inner.width * scale,
    height: inner.height * scale,
  };
}

describe('sharing what the dashboard shows', () => {
  let opened: OpenedPage;
  let page: Page;
  let burnDown: Locator;

  beforeAll(async () => {
    opened = await openPage('/');
    page = opened.page;
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await page.getByText('Deliveries to date', { exact: true }).waitFor();
    burnDown = page.locator('figure[data-chart-id="burn-down"]');
    await burnDown.locator('svg path').first().waitFor();
  });

  afterAll(async () => {
    await opened.context.close();
  });

  it('downloads a PNG of a chart at twice its CSS size, drawn, with its text', async () => {
    const box = await burnDown.boundingBox();
    if (!box) throw new Error('the burn-down chart has no box');
    const { name, bytes } = await download(page, await exportAction(burnDown, 'Download PNG'));
    expect(name).toBe('record-pace-burn-down.png');
    const png = decodePng(bytes);
    expect(Math.abs(png.width - box.width * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - box.height * 2)).toBeLessThanOrEqual(1);
    expect(distinctColours(png)).toBeGreaterThan(50);
    // The title, the selection with "as of", the files and the legend are drawn where they are.
    for (const selector of [
      'h3',
      'figcaption p >> nth=0',
      'figcaption p >> nth=1',
      'ul[aria-label="Legend"]',
    ]) {
      const share = inkShare(png, await boxIn(burnDown, selector, 2));
      expect(share, selector).toBeGreaterThan(0.02);
      expect(share, selector).toBeLessThan(0.7);
    }
  });

  it('downloads a standalone SVG of the chart that parses, has the title and opens as an image', async () => {
    const { name, bytes } = await download(page, await exportAction(burnDown, 'Download SVG'));
    expect(name).toBe('record-pace-burn-down.svg');
    const title = (await burnDown.locator('h3').textContent())?.trim();
    const checked = await page.evaluate(async (text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      await image.decode();
      return {
        parseError: document.querySelector('parsererror')?.textContent ?? null,
        title: document.querySelector('svg > title')?.textContent ?? null,
        paths: document.querySelectorAll('path').length,
        width: image.naturalWidth,
      };
    }, bytes.toString('utf8'));
    expect(checked.parseError).toBeNull();
    expect(checked.title).toBe(title);
    expect(checked.paths).toBeGreaterThan(3);
    expect(checked.width).toBeGreaterThan(100);
  });

  it('downloads the chart’s CSV with the engine’s values', async () => {
    const { name, bytes } = await download(page, await exportAction(burnDown, 'Download CSV'));
    expect(name).toBe('record-pace-burn-down.csv');
    const [header, ...lines] = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe('Date,Remaining,Ideal,At current pace,At required rate');

    const dataset = datasetFromRecords(generateSample());
    const period = periodOf(lastDataDay(dataset) as number, 'quarter');
    const points = burnDownSeries(dataset, period, { regions: [], models: [] }, {});
    const cell = (value: number | null) => (value === null ? '' : value);
    expect(
      lines.map((line) =>
        line.split(',').map((text, i) => (i === 0 || text === '' ? text : Number(text))),
      ),
    ).toEqual(
      points.map((p) => [
        isoFromDay(p.day),
        cell(p.remaining),
        cell(p.ideal),
        cell(p.projected),
        cell(p.required),
      ]),
    );
  });

  it('copies the chart as a PNG to the clipboard', async () => {
    const box = await burnDown.boundingBox();
    await (await exportAction(burnDown, 'Copy image')).click();
    await burnDown.getByText(/^Image copied/).waitFor();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied?.types).toContain('image/png');
    expect(Math.abs((copied?.width ?? 0) - (box?.width ?? 0) * 2)).toBeLessThanOrEqual(1);
  });

  it('downloads the whole dashboard as one PNG', async () => {
    const main = await page.locator('#main').boundingBox();
    if (!main) throw new Error('no #main');
    const { name, bytes } = await download(
      page,
      page.getByRole('button', { name: 'Download dashboard (PNG)' }),
    );
    expect(name).toMatch(/^record-pace-dashboard.*\.png$/);
    const png = decodePng(bytes);
    expect(Math.abs(png.width - main.width * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - main.height * 2)).toBeLessThanOrEqual(1);
    expect(distinctColours(png)).toBeGreaterThan(100);
  });

  it('opens a share link in a fresh browser with no stored data, showing the same KPIs, read-only', async () => {
    const sent = await kpiValues(page);
    expect(Object.keys(sent).sort()).toEqual([...KPI_TERMS].sort());
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByLabel('Link to this view with its data').inputValue();
    expect(new URL(link).hash).toMatch(/^#share=v1\.[A-Za-z0-9_-]+$/);
    const length = await page.locator('[data-link-length]').getAttribute('data-link-length');
    expect(Number(length)).toBe(link.length);
    expect(link.length).toBeLessThan(8000);

    const receiver = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const other = await receiver.newPage();
      const errors: string[] = [];
      other.on('pageerror', (error) => errors.push(error.message));
      await other.goto(link);
      await other.getByText('Deliveries to date', { exact: true }).waitFor();
      expect(await kpiValues(other)).toEqual(sent);
      // Read-only: nothing of the shared data was kept, the app opens empty without the link.
      await other.goto(appUrl('/'));
      await other.getByRole('button', { name: 'Load sample data' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('says clearly when a link is damaged or made by a newer version', async () => {
    const receiver = await (await browser()).newContext();
    try {
      const other = await receiver.newPage();
      await other.goto(appUrl('/#share=v1.AAAAtotally-damaged'));
      await other.getByText(/This share link is damaged/).waitFor();
      await other.goto(appUrl('/#share=v9.AAAA'));
      await other.reload();
      await other.getByText(/This link was made by a newer version of Record Pace/).waitFor();
    } finally {
      await receiver.close();
    }
  });

  it('draws a page too tall for a canvas smaller, with a note, never as a blank file', async () => {
    // Set through the CSSOM: the page's Content-Security-Policy refuses style elements.
    const setPadding = (padding: string) =>
      page.locator('#main').evaluate((main, value) => {
        (main as HTMLElement).style.paddingBottom = value;
      }, padding);
    await setPadding('9000px');
    try {
      const main = await page.locator('#main').boundingBox();
      if (!main) throw new Error('no #main');
      expect(main.height * 2).toBeGreaterThan(16_384);
      const { bytes } = await download(
        page,
        page.getByRole('button', { name: 'Download dashboard (PNG)' }),
      );
      const png = decodePng(bytes);
      expect(png.height).toBeLessThanOrEqual(16_384);
      expect(png.width * png.height).toBeLessThanOrEqual(268_435_456);
      expect(Math.abs(png.width / png.height - main.width / main.height)).toBeLessThan(0.01);
      expect(distinctColours(png)).toBeGreaterThan(100);
      await page.getByText(/^Dashboard image saved\. The image is .* of full size/).waitFor();
    } finally {
      await setPadding('');
    }
  });

  it('reports no page errors', () => {
    expect(opened.problems).toEqual([]);
  });
});
