import { useEffect, useState } from 'react';
import { encodeView } from '../domain/view/view-url';
import type { ViewState } from '../domain/view/view-state';

/** Parameters encodeView writes: a URL with any of them already says which view to show. */
const VIEW_PARAMS = ['v', 'period', 'fy', 'region', 'model', 'targets'];

export function hasViewParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return VIEW_PARAMS.some((name) => params.has(name));
}

/**
 * Once the stored data is read: when the page was opened without a view in its URL, the view
 * saved last is put there (without a history entry), so a browser restart shows the same
 * dashboard. True once that is settled; the dashboard reads the URL when it first renders.
 */
export function useRestoredView(status: 'loading' | 'ready', lastView: string | null): boolean {
  const [settled, setSettled] = useState(false);
  if (!settled && status === 'ready') {
    // During render, before the dashboard below reads the URL. Doing it twice (StrictMode)
    // changes nothing: the URL then has view parameters.
    const { pathname, search, hash } = window.location;
    if (lastView !== null && !hasViewParams(search)) {
      window.history.replaceState(window.history.state, '', `${pathname}?${lastView}${hash}`);
    }
    setSettled(true);
  }
  return settled;
}

/** How long the view must stay the same before it is saved: picking through periods writes once. */
export const SAVE_VIEW_DELAY_MS = 400;

/** Saves the view shown (as its URL query) a moment after it last changed. */
export function useSaveView(
  view: ViewState,
  lastView: string | null,
  saveView: (view: string) => Promise<void>,
): void {
  const encoded = encodeView(view);
  useEffect(() => {
    if (encoded === lastView) return;
    const timer = setTimeout(() => void saveView(encoded), SAVE_VIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [encoded, lastView, saveView]);
}
