import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { startStaticServer } from '../test/e2e/static-server';
import {
  DRAWN_RECORDER,
  drawnRecord,
  longestTasks,
  waitForDashboardDrawn,
} from './chromium-import-window';
import { startCpuProfile } from './chromium-cpu-profile';

/** What the page records while importing: long tasks and each change of the progress bar. */
const RECORDER = `
  window.__bench = { longTasks: [], progress: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target;
      if (target instanceof Element && target.closest('[role="progressbar"]')) {
        window.__bench.progress.push(performance.now());
      } else if (mutation.type === 'childList') {
        for (const node of mutation.addedNodes) {
          if (node instanceof Element && node.querySelector?.('[role="progressbar"]')) {
            window.__bench.progress.push(performance.now());
          }
        }
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

interface Recorded {
  longTasks: { start: number; duration: number }[];
  progress: number[];
}

/**
 * `BENCH_CPU_THROTTLE=<rate>` (e.g. 2): the page's main thread runs that many times slower
 * (DevTools' CPU throttling, `Emulation.setCPUThrottlingRate`), as on a loaded or slower machine,
 * without loading this one. Null when unset.
 */
export function cpuThrottleRate(): number | null {
  const given = process.env.BENCH_CPU_THROTTLE;
  if (given === undefined || given === '') return null;
  const rate = Number(given);
  if (!Number.isFinite(rate) || rate < 1)
    throw new Error(`BENCH_CPU_THROTTLE must be a number ≥ 1, not "${given}"`);
  return rate;
}

async function throttleCpu(page: Page, rate: number | null): Promise<void> {
  if (rate === null) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());
const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);

function longestTask(tasks: Recorded['longTasks'], from: number, to: number): number {
  return tasks
    .filter((task) => task.start + task.duration >= from && task.start <= to)
    .reduce((longest, task) => Math.max(longest, task.duration), 0);
}

function longestGap(times: number[], from: number, to: number): number {
  const inside = [from, ...times.filter((time) => time > from && time < to)];
  let gap = 0;
  for (let k = 1; k < inside.length; k++)
    gap = Math.max(gap, (inside[k] ?? 0) - (inside[k - 1] ?? 0));
  return gap;
}

/**
 * The page as a user finds it: loaded, the empty state shown and its templates prepared. The
 * clock starts when a file is chosen there, not while the app is still starting.
 */
async function settle(page: Page): Promise<void> {
  await page.getByLabel('Upload spreadsheets').waitFor();
  await page.getByText('Preparing templates…').waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForTimeout(500);
}

async function uploadAndImport(page: Page, file: string) {
  await settle(page);
  const start = await pageNow(page);
  await page.getByLabel('Upload spreadsheets').setInputFiles(file);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: 600_000 });
  const opened = await pageNow(page);
  const profile = await startCpuProfile(page, basename(file));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const confirmed = await pageNow(page);
  await page.getByText('Deliveries to date', { exact: true }).waitFor({ timeout: 600_000 });
  const shown = await pageNow(page);
  const drawn = await waitForDashboardDrawn(page);
  const { longTasks, progress } = await recorded(page);
  await profile.stop(longTasks.filter((task) => task.start >= opened));
  // The click's own time in the page; Playwright's click returns a little after it.
  const clicked = (await drawnRecord(page)).importClick ?? confirmed;
  return {
    toDialogMs: opened - start,
    toKpisMs: shown - confirmed,
    totalMs: opened - start + (shown - confirmed),
    longestTaskOpenMs: longestTask(longTasks, start, opened),
    longestTaskKpisMs: longestTask(longTasks, confirmed, shown),
    longestProgressGapMs: longestGap(progress, start, opened),
    toDrawnMs: drawn - clicked,
    longestTaskDrawnMs: longestTask(longTasks, clicked, drawn),
    longestTasksDrawn: longestTasks(longTasks, clicked, drawn, clicked),
  };
}

/**
 * How long Cancel takes to stop an import, measured in the page: from the click event to the
 * progress region leaving the page (the worker is stopped in the same task). Playwright's own
 * click-to-detached time would add its stability checks and polling. Null when the import ended
 * before Cancel could be clicked.
 */
async function cancelLatency(page: Page, file: string): Promise<number | null> {
  await settle(page);
  await page.getByLabel('Upload spreadsheets').setInputFiles(file);
  const progress = page.getByRole('region', { name: 'Import progress' });
  try {
    await progress.waitFor({ timeout: 10_000 });
  } catch {
    return null;
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const times: { click?: number; gone?: number } = {};
    (window as unknown as { __cancel: typeof times }).__cancel = times;
    document.addEventListener('click', (event) => (times.click ??= event.timeStamp), {
      capture: true,
    });
    new MutationObserver(() => {
      if (!document.querySelector('section[aria-label="Import progress"]'))
        times.gone ??= performance.now();
    }).observe(document.body, { subtree: true, childList: true });
  });
  try {
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 });
    await progress.waitFor({ state: 'detached', timeout: 60_000 });
  } catch {
    return null;
  }
  const { click, gone } = await page.evaluate(
    () => (window as unknown as { __cancel: { click?: number; gone?: number } }).__cancel,
  );
  const dialogShown = await page.getByRole('dialog').isVisible();
  if (click === undefined || gone === undefined || dialogShown) return null;
  return gone - click;
}

export type ChromiumImportFigures = Awaited<ReturnType<typeof uploadAndImport>> & {
  cancelMs: number | null;
};

/** The import and a cancelled import of `file` in a build served from `outDir`. */
export async function measureChromiumImport(
  outDir: string,
  file: string,
  cancelFile = file,
): Promise<ChromiumImportFigures> {
  const server = await startStaticServer(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext();
    await context.addInitScript(RECORDER);
    await context.addInitScript(DRAWN_RECORDER);
    const page = await context.newPage();
    const rate = cpuThrottleRate();
    await throttleCpu(page, rate);
    await page.goto(server.url);
    const figures = await uploadAndImport(page, file);
    const second = await browser.newContext();
    await second.addInitScript(RECORDER);
    const cancelPage = await second.newPage();
    await throttleCpu(cancelPage, rate);
    await cancelPage.goto(server.url);
    return { ...figures, cancelMs: await cancelLatency(cancelPage, cancelFile) };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

function printFigures(file: string, figures: ChromiumImportFigures): void {
  const { cancelMs } = figures;
  const rate = cpuThrottleRate();
  console.log(
    `\nChromium import of ${file.split('/').pop()} through the built app${rate === null ? '' : `, CPU throttled ${rate}× (BENCH_CPU_THROTTLE)`}`,
  );
  console.log(`  file chosen → import dialog      ${(figures.toDialogMs / 1000).toFixed(2)} s`);
  console.log(`  Import clicked → KPIs shown      ${(figures.toKpisMs / 1000).toFixed(2)} s`);
  console.log(
    `  longest main-thread task         ${ms(figures.longestTaskOpenMs)} reading, ${ms(figures.longestTaskKpisMs)} after Import (target ≤ 50 ms)`,
  );
  console.log(`  Import clicked → dashboard drawn ${(figures.toDrawnMs / 1000).toFixed(2)} s`);
  console.log(
    `  longest task, Import → drawn     ${ms(figures.longestTaskDrawnMs)} (target ≤ 50 ms); the longest: ${figures.longestTasksDrawn.map((task) => `${ms(task.durationMs)} at +${ms(task.startMs)}`).join(', ')}`,
  );
  console.log(
    `  longest wait between progress    ${ms(figures.longestProgressGapMs)} (target ≤ 250 ms)`,
  );
  console.log(
    `  Cancel → progress gone           ${cancelMs === null ? 'not measured (the import ended before Cancel)' : `${ms(cancelMs)} in the page (target ≤ 250 ms)`}`,
  );
}

/**
 * The import in Chromium through the built app, for each file in turn (delimited text and XLSX
 * alike): the file is chosen with the upload input, the dialog confirmed, and the time taken
 * until the KPIs show; meanwhile the longest main-thread task (PerformanceObserver longtask)
 * while the file is read and after Import, the longest wait between progress updates, and how
 * long Cancel takes to stop an import of the same file.
 */
export async function benchChromiumImport(
  files: readonly string[],
  cacheDir: string,
): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nChromium import: skipped (no Chromium at ${CHROMIUM_PATH})`);
    return;
  }
  // A build made for it (RECORD_PACE_DIST) is measured as it is; otherwise one is made here.
  const given = process.env.RECORD_PACE_DIST;
  const outDir = given ?? join(cacheDir, 'app');
  if (given === undefined) {
    await build({
      root: resolve(import.meta.dirname, '..'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  }
  for (const file of files) printFigures(file, await measureChromiumImport(outDir, file));
}
