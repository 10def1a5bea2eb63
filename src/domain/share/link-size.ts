import { SHARE_LINK_WARN_CHARS } from './types';

export interface LinkSize {
  /** "4,381 characters". */
  text: string;
  /** Said when the link is longer than chat tools keep; null otherwise. */
  warning: string | null;
}

/** How long a link is, in words, and whether it is too long to paste into a chat. */
export function linkSize(length: number): LinkSize {
  const text = `${length.toLocaleString('en-US')} ${length === 1 ? 'character' : 'characters'}`;
  const warning =
    length > SHARE_LINK_WARN_CHARS
      ? `This link is longer than ${SHARE_LINK_WARN_CHARS.toLocaleString('en-US')} characters: chat tools and some mail programs cut links this long. Choose fewer regions or a month, or share an image instead.`
      : null;
  return { text, warning };
}
