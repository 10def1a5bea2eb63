import fc from 'fast-check';
import { ByteKeySet, FingerprintList } from './byte-keys';

const encode = (text: string) => new TextEncoder().encode(text);

describe('FingerprintList', () => {
  it.each<[string[], boolean]>([
    [[], false],
    [['5YJ3E1EA000000001'], false],
    [['5YJ3E1EA000000001', '5YJ3E1EA000000002'], false],
    [['5YJ3E1EA000000001', '5YJ3E1EA000000002', '5YJ3E1EA000000001'], true],
    [['a', 'b', 'c', 'a'], true],
  ])('finds a repeat among %j: %s', (keys, repeated) => {
    const bytes = new FingerprintList();
    const texts = new FingerprintList();
    for (const key of keys) {
      const encoded = encode(key);
      bytes.add(encoded, 0, encoded.length);
      texts.addText(key);
    }
    expect(bytes.mayRepeat()).toBe(repeated);
    expect(texts.mayRepeat()).toBe(repeated);
  });

  it('never misses a repeat, and finds none among distinct keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (keys) => {
        const list = new FingerprintList();
        for (const key of keys) list.addText(key);
        expect(list.mayRepeat()).toBe(new Set(keys).size !== keys.length);
      }),
    );
  });
});

describe('FingerprintList pairs', () => {
  // Few distinct halves, so first hashes meet often (same bucket, same slot) with and without
  // the same second hash; top bits set and clear, so every bucket and the sign are used.
  const half = fc.oneof(
    fc.constantFrom(0, 1, -1, 0x7fffffff, -0x80000000, 0x00200000, 0x7fe00000),
    fc.integer({ min: -0x80000000, max: 0x7fffffff }),
  );

  it('says repeat exactly when one (first, second) pair was added twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(half, half), { maxLength: 400 }), (pairs) => {
        const list = new FingerprintList();
        for (const [first, second] of pairs) list.addPair(first, second);
        const distinct = new Set(pairs.map(([first, second]) => `${first},${second}`));
        expect(list.mayRepeat()).toBe(distinct.size !== pairs.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('FingerprintList, many keys', () => {
  it.each([
    ['no repeat', -1],
    ['the first key again at the end', 0],
    ['a key in the middle again', 77_777],
  ])('among 150,000 VINs, %s', (_name, repeated) => {
    const list = new FingerprintList();
    const vin = (n: number) => `5YJ3E1EA${String(n).padStart(9, '0')}`;
    for (let n = 0; n < 150_000; n++) list.addText(vin(n));
    if (repeated >= 0) list.addText(vin(repeated));
    expect(list.mayRepeat()).toBe(repeated >= 0);
  });
});

describe('FingerprintList, one bucket over many blocks', () => {
  // The same top bits: all 5,000 pairs share a bucket, filled block after block.
  const first = (k: number) => (0x12 << 24) | ((k * 7919) % 0x1000000);
  it.each([
    ['no repeat', -1, -1],
    ['a pair of the first block again', 3, -1],
    ['a pair of a middle block again', 2_500, -1],
    ['the first half again with another second half', -1, 4_000],
  ])('%s', (_name, repeated, otherSecond) => {
    const list = new FingerprintList();
    for (let k = 0; k < 5_000; k++) list.addPair(first(k), k);
    if (repeated >= 0) list.addPair(first(repeated), repeated);
    if (otherSecond >= 0) list.addPair(first(otherSecond), -1);
    expect(list.size).toBe(5_000 + (repeated >= 0 || otherSecond >= 0 ? 1 : 0));
    expect(list.mayRepeat()).toBe(repeated >= 0);
  });
});

describe('ByteKeySet', () => {
  it('numbers keys in order of first sight, whatever their count', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3000 }), (keys) => {
        const set = new ByteKeySet();
        const expected = new Map<string, number>();
        for (const key of keys) {
          const encoded = encode(key);
          if (!expected.has(key)) expected.set(key, expected.size);
          expect(set.id(encoded, 0, encoded.length)).toBe(expected.get(key));
        }
        for (const [key, id] of expected) {
          expect(new TextDecoder().decode(set.bytesOf(id))).toBe(key);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('FingerprintList.pairs', () => {
  it('gives every pair added, each once, across buckets and blocks', () => {
    fc.assert(
      // Half in bucket 0 (top byte 0): a bucket over several blocks.
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.integer(), fc.nat(0xffffff)), fc.integer()), {
          maxLength: 3000,
        }),
        (added) => {
          const list = new FingerprintList();
          for (const [first, second] of added) list.addPair(first | 0, second | 0);
          const pairs = list.pairs();
          const given: string[] = [];
          for (let k = 0; k < pairs.length; k += 2) given.push(`${pairs[k]},${pairs[k + 1]}`);
          expect(given.sort()).toEqual(added.map(([a, b]) => `${a | 0},${b | 0}`).sort());
        },
      ),
      { numRuns: 60 },
    );
  });
});
