import fc from 'fast-check';
import { AsciiLabelCache } from './ascii-label-cache';

/** The keys laid one after another in one buffer (the last one at its very end). */
function laidOut(keys: string[]): { view: DataView; ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  let text = '';
  for (const key of keys) {
    ranges.push([text.length, text.length + key.length]);
    text += key;
  }
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return { view: new DataView(bytes.buffer), ranges };
}

describe('AsciiLabelCache', () => {
  it.each<[string, string[], string, number]>([
    ['a stored key', ['Norway'], 'Norway', 0],
    ['a key differing only in the middle', ['United States'], 'United Xtates', -1],
    ['a key differing only in length', ['Model S'], 'Model', -1],
    ['a short key', ['UK'], 'UK', 0],
    ['the empty key', [''], '', 0],
    ['a key too long to cache', ['x'.repeat(33)], 'x'.repeat(33), -1],
    ['the longest key cached', ['y'.repeat(32)], 'y'.repeat(32), 0],
  ])('%s', (_name, stored, looked, expected) => {
    const cache = new AsciiLabelCache();
    const { view, ranges } = laidOut([...stored, looked]);
    stored.forEach((_key, value) => {
      const [start, end] = ranges[value] as [number, number];
      cache.store(view, start, end, value);
    });
    const [start, end] = ranges[stored.length] as [number, number];
    expect(cache.lookup(view, start, end)).toBe(expected);
  });

  // Few letters, so keys share first and last words and slots: any hit must be the right one.
  const keys = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ','), maxLength: 40 });

  it('answers only what was stored for the same bytes, or -1 (a Map stored alike)', () => {
    fc.assert(
      fc.property(fc.array(keys, { minLength: 1, maxLength: 60 }), (list) => {
        const cache = new AsciiLabelCache();
        const map = new Map<string, number>();
        const { view, ranges } = laidOut(list);
        list.forEach((key, index) => {
          const [start, end] = ranges[index] as [number, number];
          const found = cache.lookup(view, start, end);
          if (found >= 0) expect(found).toBe(map.get(key));
          else if (!map.has(key)) map.set(key, map.size);
          cache.store(view, start, end, map.get(key) as number);
          expect(cache.lookup(view, start, end)).toBe(key.length > 32 ? -1 : map.get(key));
        });
      }),
      { numRuns: 500 },
    );
  });
});
