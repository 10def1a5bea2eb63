import fc from 'fast-check';
import { IsoDayCache, WordFingerprint } from './ascii-words';
import { isoDay } from './date-parts';
import { TextKeySet } from './text-keys';

const encoder = new TextEncoder();

/** `text` (ASCII) placed at `offset` in a larger buffer, with a DataView over it. */
function viewOf(text: string, offset: number): DataView {
  const bytes = new Uint8Array(offset + text.length + 3);
  bytes.set(encoder.encode(text), offset);
  return new DataView(bytes.buffer, 1, bytes.length - 1);
}

const ascii = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 24,
});
const anyText = fc.string({
  unit: fc.constantFrom('a', 'B', '7', ' ', '-', 'é', '€', '😀'),
  maxLength: 12,
});

describe('WordFingerprint', () => {
  it('fingerprints an ASCII key alike from its bytes and from its code units', () => {
    fc.assert(
      fc.property(ascii, fc.nat({ max: 9 }), fc.nat({ max: 5 }), (key, offset, before) => {
        const fromView = new WordFingerprint();
        fromView.ofView(viewOf(key, offset + 1), offset, offset + key.length);
        const fromText = new WordFingerprint();
        const padded = `${'x'.repeat(before)}${key}yz`;
        fromText.ofText(padded, before, before + key.length);
        expect([fromView.first, fromView.second]).toEqual([fromText.first, fromText.second]);
      }),
    );
  });

  it.each([
    ['5YJ3E1EA000000001', '5YJ3E1EA000000002'],
    ['ab', 'ab\u0000'],
    ['Österreich', 'Osterreich'],
    ['', ' '],
  ])('tells %j from %j', (a, b) => {
    const first = new WordFingerprint();
    first.ofText(a, 0, a.length);
    const second = new WordFingerprint();
    second.ofText(b, 0, b.length);
    expect([first.first, first.second]).not.toEqual([second.first, second.second]);
  });
});

describe('IsoDayCache', () => {
  const dates = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc.constantFrom(
      '2019/06/29',
      '2019-06-2x',
      '2019-0a-29',
      '29-06-2019',
      '2019-02-29',
      '2020-02-29',
    ),
  );

  it('reads what isoDay reads, the first time and from memory', () => {
    const cache = new IsoDayCache();
    fc.assert(
      fc.property(
        fc.array(dates, { minLength: 1, maxLength: 20 }),
        fc.nat({ max: 7 }),
        (texts, offset) => {
          for (const text of [...texts, ...texts]) {
            const expected = text.charCodeAt(4) === 0x2d ? isoDay(text, 0) : NaN;
            expect(cache.day(viewOf(text, offset + 1), offset)).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps reading right once it remembers no more dates', () => {
    const cache = new IsoDayCache();
    for (let day = 0; day < 3000; day++) {
      const text = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      expect(cache.day(viewOf(text, 1), 0)).toBe(isoDay(text, 0));
    }
  });
});

describe('TextKeySet', () => {
  it('numbers keys in order of first sight, alike from text and from ASCII bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(ascii, anyText), { maxLength: 60 }),
        fc.array(fc.boolean()),
        (keys, fromBytes) => {
          const set = new TextKeySet();
          const firstSeen = new Map<string, number>();
          keys.forEach((key, k) => {
            const viaBytes =
              (fromBytes[k] ?? false) && [...key].every((unit) => unit.charCodeAt(0) < 0x80);
            const id = viaBytes
              ? set.idView(viewOf(key, 2), 1, 1 + key.length)
              : set.id(`<${key}>`, 1, 1 + key.length);
            const known = firstSeen.get(key);
            expect(set.added).toBe(known === undefined);
            if (known === undefined) firstSeen.set(key, firstSeen.size);
            expect(id).toBe(firstSeen.get(key));
          });
          expect(set.size).toBe(firstSeen.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
