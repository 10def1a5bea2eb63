// The page functions below run in Chromium: their DOM types come from here, not from Node.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';

export interface Timing {
  /** From the change to the end of the handler: React has committed (discrete events flush). */
  commitMs: number;
  /** From the change to the first frame painted with the new Deliveries to date. */
  paintMs: number;
  changed: boolean;
  /**
   * From the change to the last frame that changed a chart in view: the charts show the new view
   * (`data-charts-view` equals the KPIs' `data-view`) and their DOM stopped changing.
   */
  chartsMs: number;
  /** Likewise for every chart on the page, off-screen ones included (they catch up when idle). */
  allChartsMs: number;
}

/**
 * Runs `act` in the page and times it frame by frame (requestAnimationFrame, then a task after
 * the frame so the time includes its paint): when the KPIs show a new Deliveries to date, when
 * the charts in view last changed, and when every chart last changed. A chart has settled once it
 * names the new view, no plot is waiting for idle time, and a whole frame passed with no change
 * under the charts section (Recharts finishes in effects after its first commit).
 */
export function timeInPage(
  page: Page,
  act: { kind: 'period'; id: string } | { kind: 'region'; label: string },
) {
  return page.evaluate(async (action): Promise<Timing> => {
    const LIMIT_MS = 10_000;
    const deliveries = () => {
      const dt = [...document.querySelectorAll('dt')].find(
        (element) => element.textContent?.trim() === 'Deliveries to date',
      );
      return dt?.nextElementSibling?.textContent ?? '';
    };
    const nextPaint = () =>
      new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    let run: () => void;
    if (action.kind === 'period') {
      const select = [...document.querySelectorAll('label')]
        .find((label) => label.querySelector('span')?.textContent === 'Period')
        ?.querySelector('select');
      if (!select) throw new Error('no Period select');
      run = () => {
        select.value = action.id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
    } else {
      const box = [...document.querySelectorAll('[role="group"][aria-label="Regions"] label')]
        .find((label) => label.textContent?.trim() === action.label)
        ?.querySelector('input');
      if (!box) throw new Error(`no Regions checkbox ${action.label}`);
      run = () => box.click();
    }
    const charts = document.querySelector('section[aria-labelledby="charts-title"]');
    const kpis = document.querySelector('section[aria-labelledby="kpis-title"]');
    if (!charts || !kpis) throw new Error('no KPIs or charts section');
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.bottom >= 0 && box.top <= window.innerHeight;
    };
    // Mutations under the charts section, sorted into in view or not after each frame, when
    // layout is clean (measuring in the observer would force a layout and slow the page down).
    let changedNodes: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) changedNodes.push(record.target);
    });
    const takeChanges = () => {
      const nodes = changedNodes;
      changedNodes = [];
      const figures = new Set<Element>();
      for (const node of nodes) {
        const element = node instanceof Element ? node : node.parentElement;
        if (element) figures.add(element.closest('figure') ?? element);
      }
      return {
        anywhere: nodes.length > 0,
        inView: [...figures].some((figure) => figure.isConnected && inView(figure)),
      };
    };

    await nextPaint();
    const before = deliveries();
    observer.observe(charts, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const started = performance.now();
    run();
    const commitMs = performance.now() - started;
    let paintMs = NaN;
    let chartsMs = NaN;
    let allChartsMs = NaN;
    let lastInView = commitMs;
    let lastAnywhere = commitMs;
    // Frames in a row without a change: two, so that effects run a frame late still count.
    let quietInView = 0;
    let quietAnywhere = 0;
    while (performance.now() - started < LIMIT_MS) {
      await nextPaint();
      const now = performance.now() - started;
      const changed = takeChanges();
      if (changed.inView) lastInView = now;
      if (changed.anywhere) lastAnywhere = now;
      quietInView = changed.inView ? 0 : quietInView + 1;
      quietAnywhere = changed.anywhere ? 0 : quietAnywhere + 1;
      if (Number.isNaN(paintMs) && deliveries() !== before) paintMs = now;
      // Builds before `data-charts-view` said only whether the charts were a view behind.
      const drawn = kpis.hasAttribute('data-view')
        ? charts.getAttribute('data-charts-view') === kpis.getAttribute('data-view')
        : !charts.hasAttribute('data-updating');
      if (Number.isNaN(paintMs) || !drawn) {
        quietInView = 0;
        quietAnywhere = 0;
        continue;
      }
      if (Number.isNaN(chartsMs) && quietInView >= 2) chartsMs = lastInView;
      if (charts.querySelector('[data-plot-pending]')) quietAnywhere = 0;
      if (quietAnywhere >= 2) {
        allChartsMs = lastAnywhere;
        break;
      }
    }
    observer.disconnect();
    return {
      commitMs,
      paintMs,
      changed: !Number.isNaN(paintMs),
      chartsMs: Math.max(chartsMs, paintMs),
      allChartsMs: Math.max(allChartsMs, paintMs),
    };
  }, act);
}

/**
 * Waits until the page has had `quietMs` without a long task (storage writes and checks after an
 * import run for seconds): measurements taken meanwhile would time the storage, not the view.
 */
export async function waitForQuiet(page: Page, quietMs = 1500, limitMs = 60_000): Promise<void> {
  await page.evaluate(
    async ({ quiet, limit }) => {
      const started = performance.now();
      let lastBusy = performance.now();
      const observer = new PerformanceObserver((list) => {
        if (list.getEntries().length > 0) lastBusy = performance.now();
      });
      observer.observe({ type: 'longtask' });
      while (performance.now() - lastBusy < quiet && performance.now() - started < limit) {
        await new Promise((done) => setTimeout(done, 100));
      }
      observer.disconnect();
    },
    { quiet: quietMs, limit: limitMs },
  );
}
