import { startTransition, useEffect, useRef, useState } from 'react';
import { useEveryChartCurrent } from './every-chart-current';
import { whenIdle } from './when-idle';

export interface Lagged<T> {
  /** What to show: `value` in view; off screen, what was shown last (null: nothing yet). */
  shown: T | null;
  /** Off screen and behind `value`: catches up when the page is idle. */
  pending: boolean;
}

/**
 * The latest value while in view; off screen, the value shown last until the page is idle, then
 * the latest in an interruptible render. What nobody can see never holds up a change of view, and
 * is up to date by the time anyone scrolls to it (coming into view shows the latest at once).
 * `showFirst`: the first value is shown even off screen.
 */
export function useLagOffScreen<T>(value: T, onScreen: boolean, showFirst = false): Lagged<T> {
  // An image of the whole page is being made: what is off screen is seen too.
  const inView = useEveryChartCurrent() || onScreen;
  // null: never shown (what starts off screen is first drawn when idle, unless `showFirst`: it
  // waited for its turn to draw already).
  const [shown, setShown] = useState<T | null>(inView || showFirst ? value : null);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  if (inView && shown !== value) setShown(value);
  const pending = !inView && shown !== value;
  // One wait per catch-up, not per new value: a parent that renders more often than the page is
  // idle must not put the catch-up off for ever. The newest value is taken when it runs.
  useEffect(() => {
    if (!pending) return;
    return whenIdle(() => startTransition(() => setShown(latest.current)));
  }, [pending, shown]);
  return { shown: inView ? value : shown, pending };
}
