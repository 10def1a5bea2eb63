import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';

/**
 * Forces the plot width instead of measuring it: for rendering a chart off-screen at a fixed size
 * (image export) and for tests, where jsdom measures every element as 0 px wide.
 */
export const ChartWidthContext = createContext<number | null>(null);

/** The width of the plot container in px; 0 until it has been measured. */
export function usePlotWidth(ref: RefObject<HTMLElement | null>): number {
  const forced = useContext(ChartWidthContext);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (forced !== null || !element) return;
    // The observer reports the first size once the page is laid out; measuring here would lay
    // out a whole new dashboard inside the task that commits it (a forced layout of ~30 ms).
    if (typeof ResizeObserver === 'undefined') {
      setMeasured(Math.floor(element.getBoundingClientRect().width));
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setMeasured(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, forced]);
  return forced ?? measured;
}

/** A plot container to attach (`ref`) and its measured width. */
export interface PlotMeasure {
  ref: RefObject<HTMLDivElement | null>;
  width: number;
}

export function usePlotMeasure(): PlotMeasure {
  const ref = useRef<HTMLDivElement>(null);
  return { ref, width: usePlotWidth(ref) };
}
