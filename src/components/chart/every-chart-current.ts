import { useSyncExternalStore } from 'react';

// How many image exports are waiting for every chart to be current (usually 0 or 1).
let asking = 0;
const listeners = new Set<() => void>();

function setAsking(change: number): void {
  asking += change;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True while an image of the page is being made: charts off screen, which otherwise catch up
 * with a new view only when the page is idle, draw their latest data at once.
 */
export function useEveryChartCurrent(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => asking > 0,
    () => false,
  );
}

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/**
 * Long enough for a dashboard's plots, drawn in turns, on a slow machine busy with other work
 * (a CI run saw them take over 5 s): an image missing a chart is worse than a wait.
 */
const CURRENT_TIMEOUT_MS = 15_000;

/**
 * Runs `work` once every chart under `root` shows the latest view, seen or not: an image of the
 * dashboard taken just after a change of view must never show an off-screen chart's old data.
 * Gives up waiting after `timeoutMs` (the image is then made as the page is).
 */
export async function withEveryChartCurrent<T>(
  root: ParentNode,
  work: () => Promise<T>,
  timeoutMs = CURRENT_TIMEOUT_MS,
): Promise<T> {
  setAsking(1);
  try {
    const deadline = performance.now() + timeoutMs;
    // Two frames at least: the charts' render commits, then their plots draw at their size.
    do {
      await nextFrame();
      await nextFrame();
    } while (root.querySelector('[data-plot-pending]') && performance.now() < deadline);
    return await work();
  } finally {
    setAsking(-1);
  }
}
