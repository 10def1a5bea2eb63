// The page functions below run in Chromium: their DOM types come from here, not from Node.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';

/**
 * Records in the page when Import was clicked and when the charts section last changed: the
 * dashboard's plots are drawn in turns after the KPIs show (those off screen when idle), so the
 * import is over only once none is pending and the charts stopped changing.
 */
export const DRAWN_RECORDER = `
  window.__drawn = { importClick: null, lastChartChange: null };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.textContent.trim() === 'Import' && button.closest('[role="dialog"]'))
      window.__drawn.importClick = event.timeStamp;
  }, { capture: true });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target;
      const element = target instanceof Element ? target : target.parentElement;
      if (element && element.closest('section[aria-labelledby="charts-title"]')) {
        window.__drawn.lastChartChange = performance.now();
        return;
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

interface DrawnRecord {
  importClick: number | null;
  lastChartChange: number | null;
}

/** How long the charts must stay unchanged, nothing pending, to count as drawn. */
const QUIET_MS = 1500;

/**
 * Waits until the dashboard is drawn: its charts are there, no plot is pending (in view or off
 * it: nothing is scrolled, plots off screen are drawn when the page is idle), and the charts
 * section has not changed for QUIET_MS. Returns the page time of its last change; throws with
 * what was still pending after `timeoutMs`.
 */
export async function waitForDashboardDrawn(page: Page, timeoutMs = 120_000): Promise<number> {
  try {
    await page.waitForFunction(
      (quietMs) => {
        const drawn = (window as unknown as { __drawn: DrawnRecord }).__drawn;
        return (
          document.querySelector('[data-dashboard-charts]') !== null &&
          document.querySelector('[data-plot-pending]') === null &&
          drawn.lastChartChange !== null &&
          performance.now() - drawn.lastChartChange >= quietMs
        );
      },
      QUIET_MS,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (error) {
    const pending = await page
      .evaluate(() => document.querySelectorAll('[data-plot-pending]').length)
      .catch(() => -1);
    throw new Error(
      `The dashboard was not drawn within ${timeoutMs / 1000} s of Import: ${pending} element(s) still marked data-plot-pending`,
      { cause: error },
    );
  }
  const { lastChartChange } = await drawnRecord(page);
  if (lastChartChange === null) throw new Error('The charts section never changed after Import');
  return lastChartChange;
}

export const drawnRecord = (page: Page) =>
  page.evaluate(() => (window as unknown as { __drawn: DrawnRecord }).__drawn);

export interface TaskAt {
  /** Ms after the Import click. */
  startMs: number;
  durationMs: number;
}

/** The `count` longest tasks that overlap [from, to], their starts taken from `origin`. */
export function longestTasks(
  tasks: readonly { start: number; duration: number }[],
  from: number,
  to: number,
  origin: number,
  count = 5,
): TaskAt[] {
  return tasks
    .filter((task) => task.start + task.duration >= from && task.start <= to)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, count)
    .map((task) => ({ startMs: task.start - origin, durationMs: task.duration }));
}
