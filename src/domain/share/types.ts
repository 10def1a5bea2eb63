import type { Dataset } from '../records/dataset';

/** The link format's version, written as `#share=v1.…`. Bump it when the bytes change meaning. */
export const SHARE_VERSION = 1;

/** The fragment key: `#share=v1.<data>`. */
export const SHARE_KEY = 'share';

/** Chat tools and some mail clients cut or refuse longer links; the app warns above this. */
export const SHARE_LINK_WARN_CHARS = 8000;

/** What a share link carries: the view and the data the view needs, with the files' names. */
export interface SharePayload {
  /** The view as URL query parameters (encodeView), without the "?". */
  view: string;
  /** The names of the files the sender's data came from, for captions. */
  sources: string[];
  /** The daily series the view needs (see shareDataset); its `sources` are `sources`. */
  dataset: Dataset;
}

export type ShareErrorCode = 'no-share-link' | 'damaged-link' | 'newer-link' | 'too-large';

/** Why a link could not be read. `place` says where: the part of the link or the byte offset. */
export interface ShareError {
  code: ShareErrorCode;
  message: string;
  place: string;
}

export type ShareResult<T> = { ok: true; value: T } | { ok: false; error: ShareError };
