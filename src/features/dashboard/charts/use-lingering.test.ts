// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { useLingering } from './use-lingering';

const key = (item: string) => item;

function hook(initial: readonly string[]) {
  return renderHook(({ items }) => useLingering(items, key), { initialProps: { items: initial } });
}

const shown = (result: { current: { item: string; leaving: boolean }[] }) =>
  result.current.map(({ item, leaving }) => (leaving ? `(${item})` : item));

describe('useLingering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    [['Europe', 'China'], ['Europe'], ['Europe', '(China)']],
    [['Europe', 'China'], [], ['(Europe)', '(China)']],
    [['Europe'], ['Europe', 'China'], ['Europe', 'China']],
    [['Europe', 'China'], ['US'], ['US', '(Europe)', '(China)']],
  ])('from %j to %j shows %j until idle', (before, after, expected) => {
    const { result, rerender } = hook(before);
    rerender({ items: after });
    expect(shown(result)).toEqual(expected);
    act(() => vi.advanceTimersByTime(1000));
    expect(shown(result)).toEqual(after);
  });

  it('brings an item back as it was when it returns before it has gone', () => {
    const { result, rerender } = hook(['Europe', 'China']);
    rerender({ items: ['Europe'] });
    rerender({ items: ['China'] });
    expect(shown(result)).toEqual(['China', '(Europe)']);
  });

  it('always shows every item once, and never hides one that is in the list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E')), {
          minLength: 1,
          maxLength: 6,
        }),
        (lists) => {
          const { result, rerender, unmount } = hook(lists[0] ?? []);
          for (const items of lists.slice(1)) {
            rerender({ items });
            const keys = result.current.map(({ item }) => item);
            expect(new Set(keys).size).toBe(keys.length);
            expect(
              result.current.filter(({ leaving }) => !leaving).map(({ item }) => item),
            ).toEqual(items);
          }
          unmount();
        },
      ),
      { numRuns: 40 },
    );
  });
});
