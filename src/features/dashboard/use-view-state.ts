import { useCallback, useEffect, useState } from 'react';
import { decodeView, encodeView, type DecodedView } from '../../domain/view/view-url';
import type { ViewState } from '../../domain/view/view-state';

export interface ViewStateHandle {
  view: ViewState;
  /** What could not be read from the URL the page was opened with (or navigated back to). */
  problems: DecodedView['problems'];
  /** `push` makes a history entry (Back returns to the previous view); `replace` does not. */
  setView: (view: ViewState, mode?: 'push' | 'replace') => void;
}

function readLocation(): DecodedView {
  return decodeView(window.location.search);
}

function urlFor(view: ViewState): string {
  // The fragment belongs to the share link; the view only owns the query.
  return `${window.location.pathname}?${encodeView(view)}${window.location.hash}`;
}

/**
 * The dashboard's view, kept in the URL query: every change is a history entry, and Back,
 * Forward and reload restore it.
 */
export function useViewState(): ViewStateHandle {
  const [state, setState] = useState<DecodedView>(readLocation);

  useEffect(() => {
    const onPopState = () => setState(readLocation());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const setView = useCallback((view: ViewState, mode: 'push' | 'replace' = 'push') => {
    const url = urlFor(view);
    const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (url !== current) {
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    }
    setState({ view, problems: [] });
  }, []);

  return { view: state.view, problems: state.problems, setView };
}
