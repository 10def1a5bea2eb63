import { startTransition, useContext, useEffect, useRef, useState, type RefObject } from 'react';
import { PlotTurnsContext } from './plot-turns';

/**
 * How many of a plot's `steps` may be drawn: all at once without a turn queue; with one, one
 * more at each of its turns. `inView` puts it ahead of plots nobody sees. Once all are granted,
 * the plot never waits again.
 */
export function usePlotTurns(
  ref: RefObject<Element | null>,
  inView: boolean,
  steps: number,
): number {
  const turns = useContext(PlotTurnsContext);
  const [granted, setGranted] = useState(turns === null ? steps : 0);
  const seen = useRef(inView);
  useEffect(() => {
    seen.current = inView;
    if (inView) turns?.hurry();
  }, [inView, turns]);
  // Drawn whole once: more series later (more steps) are drawn at once, never in turns again.
  const [finished, setFinished] = useState(false);
  if (!finished && turns !== null && granted >= steps) setFinished(true);
  const done = turns === null || finished || granted >= steps;
  useEffect(() => {
    if (done || !turns) return;
    return turns.request({
      element: () => ref.current,
      inView: () => seen.current,
      // Interruptible: a step's new Recharts parts render in slices between paints; only their
      // commit, and Recharts' own redraw once they registered, are a task each.
      grant: () => startTransition(() => setGranted((count) => count + 1)),
    });
  }, [done, granted, turns, ref]);
  return done ? steps : granted;
}
