import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { ChartWidthContext } from './use-plot-width';

/**
 * Whether a plot is on screen. A plot off screen keeps what it drew and catches up with a new view
 * when the page is idle (or as soon as it scrolls into view): a change of period or region then
 * waits only for the charts one can see. Provided by the chart frame to its plot.
 */
export const PlotInViewContext = createContext(true);

export function usePlotInViewContext(): boolean {
  return useContext(PlotInViewContext);
}

function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  const width = window.innerWidth || document.documentElement.clientWidth;
  return box.bottom >= 0 && box.top <= height && box.right >= 0 && box.left <= width;
}

/**
 * True while the element is (partly) in the viewport. Always true where this cannot be known
 * (no IntersectionObserver, as in tests) and for plots drawn at a forced width (image export).
 */
export function usePlotInView(ref: RefObject<HTMLElement | null>): boolean {
  const forced = useContext(ChartWidthContext);
  const [inView, setInView] = useState(true);
  useLayoutEffect(() => {
    const element = ref.current;
    if (forced !== null || !element || typeof IntersectionObserver === 'undefined') return;
    // The observer's first report comes once the page is laid out (until then the plot counts as
    // in view); reading the box here would force that layout inside the task that commits a new
    // dashboard. Without a ResizeObserver the plot's width was measured here already, so the box
    // costs nothing more.
    if (typeof ResizeObserver === 'undefined') setInView(onScreen(element));
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setInView(entry.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, forced]);
  return forced !== null || inView;
}
