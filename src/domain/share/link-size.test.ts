import { linkSize } from './link-size';
import { SHARE_LINK_WARN_CHARS } from './types';

describe('linkSize', () => {
  it.each([
    [1, '1 character', false],
    [4381, '4,381 characters', false],
    [SHARE_LINK_WARN_CHARS, '8,000 characters', false],
    [SHARE_LINK_WARN_CHARS + 1, '8,001 characters', true],
    [120_000, '120,000 characters', true],
  ])('says %i as %j, warning: %s', (length, text, warns) => {
    const size = linkSize(length);
    expect(size.text).toBe(text);
    expect(size.warning !== null).toBe(warns);
  });

  it('says why a long link is a problem and what to do', () => {
    expect(linkSize(9000).warning).toMatch(
      /longer than 8,000 characters: chat tools .* cut links .* fewer regions or a month/,
    );
  });
});
