import type { Period } from '../periods/types';
import type { Dataset } from '../records/dataset';
import { selectionOf, type ViewState } from '../view/view-state';
import { encodeView } from '../view/view-url';
import { shareDataset } from './share-dataset';
import { readShareFragment } from './share-link';
import type { SharePayload, ShareResult } from './types';

export interface ShareRequest {
  dataset: Dataset;
  view: ViewState;
  /** The period the sender sees (the view resolved against the data). */
  period: Period;
  sources: readonly string[];
}

/**
 * What a link for the sender's screen carries. The period is written out even when the view
 * follows the latest data ("periodId: null"): the receiver's data ends where the sender's view
 * does, so "latest" could mean another quarter there.
 */
export function sharePayloadOf({ dataset, view, period, sources }: ShareRequest): SharePayload {
  const pinned: ViewState = { ...view, periodId: period.id };
  return {
    view: encodeView(pinned),
    sources: [...sources],
    dataset: shareDataset(dataset, period, selectionOf(view)),
  };
}

/** What the app opens a share link with: the view (URL query), the data, the files' names. */
export interface SharedView {
  view: string;
  dataset: Dataset;
  sources: string[];
}

/**
 * Reads a share link from `location.hash`. `no-share-link` means an ordinary start; the other
 * errors are said on screen. The app shows a shared view read-only and never stores its data.
 */
export function readSharedView(hash: string): ShareResult<SharedView> {
  const read = readShareFragment(hash);
  if (!read.ok) return read;
  const { view, dataset, sources } = read.value;
  return { ok: true, value: { view, dataset, sources } };
}
