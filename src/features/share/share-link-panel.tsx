import { useId, useMemo, useState } from 'react';
import type { Period } from '../../domain/periods/types';
import type { Dataset } from '../../domain/records/dataset';
import { linkSize, sharePayloadOf, shareUrl } from '../../domain/share';
import type { ViewState } from '../../domain/view/view-state';
import { StatusText } from './status-text';
import { useStatus } from './use-status';

export interface ShareLinkPanelProps {
  dataset: Dataset;
  view: ViewState;
  /** The period on screen (the view resolved against the data). */
  period: Period;
  sources: readonly string[];
}

function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * "Share link": a link holding this view and the daily figures it needs, compressed in the URL
 * fragment, which browsers never send to a server. The receiver sees the same dashboard without
 * the files. The link is made when the panel is opened, and its length is shown, with a warning
 * when chat tools would cut it.
 */
export function ShareLinkPanel({ dataset, view, period, sources }: ShareLinkPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const fieldId = useId();
  const { status, busy, run } = useStatus();
  const url = useMemo(
    () => (open ? shareUrl(pageBase(), sharePayloadOf({ dataset, view, period, sources })) : ''),
    [open, dataset, view, period, sources],
  );
  const size = linkSize(url.length);

  const copy = () =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(url);
        return {
          tone: 'info',
          text: 'Link copied. Anyone who opens it sees this view, read-only.',
        };
      } catch (error) {
        return {
          tone: 'error',
          text: `The browser refused to copy the link (${(error as Error).message}). Select the link above and copy it by hand.`,
        };
      }
    });

  return (
    <div className="relative" data-share-skip="">
      <button
        type="button"
        className="rp-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Share link
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="rp-panel absolute right-0 z-20 mt-2 flex w-[min(28rem,calc(100vw-2rem))] flex-col gap-2 p-3 shadow-lg"
      >
        {open ? (
          <>
            <label htmlFor={fieldId} className="text-sm font-medium">
              Link to this view with its data
            </label>
            <input
              id={fieldId}
              className="rp-field w-full font-mono text-xs"
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p className="rp-muted text-xs">
              <span data-link-length={url.length}>{size.text}</span>. The data travels in the link
              itself: nothing is uploaded.
            </p>
            {size.warning ? (
              <p className="text-sm font-medium text-warn dark:text-night-warn" role="alert">
                {size.warning}
              </p>
            ) : null}
            <div className="flex items-center gap-2">
              <button
                type="button"
                className="rp-button"
                disabled={busy}
                onClick={() => void copy()}
              >
                Copy link
              </button>
              <StatusText status={status} className="text-xs" />
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
