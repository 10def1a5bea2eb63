import { startTransition, useEffect, useState } from 'react';
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
 */
export function useLagOffScreen<T>(value: T, inView: boolean): Lagged<T> {
  // null: never shown (what starts off screen is first drawn when idle).
  const [shown, setShown] = useState<T | null>(inView ? value : null);
  if (inView && shown !== value) setShown(value);
  const pending = !inView && shown !== value;
  useEffect(() => {
    if (!pending) return;
    return whenIdle(() => startTransition(() => setShown(value)));
  }, [pending, value]);
  return { shown: inView ? value : shown, pending };
}
