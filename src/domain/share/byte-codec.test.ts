import fc from 'fast-check';
import { ByteReader } from './byte-reader';
import { ByteWriter, LARGEST_SIGNED, unzigzag, varintSize, zigzag } from './byte-writer';

describe('varints', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [127, [127]],
    [128, [0x80, 1]],
    [300, [0xac, 2]],
    [2 ** 32, [0x80, 0x80, 0x80, 0x80, 0x10]],
  ])('writes %d as %j', (value, bytes) => {
    const writer = new ByteWriter();
    writer.varint(value);
    expect([...writer.bytes()]).toEqual(bytes);
    expect(varintSize(value)).toBe(bytes.length);
  });

  it.each([-1, 0.5, Number.MAX_SAFE_INTEGER + 1, NaN])(
    'refuses %d: a bug in the caller',
    (value) => {
      expect(() => new ByteWriter().varint(value)).toThrow(RangeError);
    },
  );

  it.each([
    [0, 0],
    [-1, 1],
    [1, 2],
    [-2, 3],
    [2 ** 40, 2 ** 41],
  ])('zig-zags %d to %d', (value, code) => {
    expect(zigzag(value)).toBe(code);
    expect(unzigzag(code)).toBe(value);
  });

  it('round-trips any mix of unsigned, signed, float and text values', () => {
    const item = fc.oneof(
      fc.record({ kind: fc.constant('varint' as const), value: fc.maxSafeNat() }),
      fc.record({
        kind: fc.constant('signed' as const),
        value: fc.integer({ min: -LARGEST_SIGNED, max: LARGEST_SIGNED }),
      }),
      fc.record({ kind: fc.constant('float64' as const), value: fc.double() }),
      fc.record({ kind: fc.constant('string' as const), value: fc.string({ unit: 'grapheme' }) }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 50 }), (items) => {
        const writer = new ByteWriter();
        for (const { kind, value } of items) (writer[kind] as (v: typeof value) => void)(value);
        const reader = new ByteReader(writer.bytes());
        const back = items.map(({ kind }) => ({ kind, value: reader[kind]() }));
        expect(back).toEqual(items);
        expect(reader.failed).toBe(false);
        expect(reader.remaining).toBe(0);
      }),
    );
  });
});

describe('reading damaged bytes', () => {
  it('marks the reader failed at the offset where the bytes ran out, without throwing', () => {
    const writer = new ByteWriter();
    writer.varint(1_000_000);
    writer.string('Norway');
    const bytes = writer.bytes();
    const reader = new ByteReader(bytes.subarray(0, bytes.length - 2));
    expect(reader.varint()).toBe(1_000_000);
    expect(reader.string()).toBe('');
    expect(reader.failed).toBe(true);
    expect(reader.failureOffset).toBe(4);
  });

  it.each([
    ['an unterminated varint', [0x80, 0x80]],
    ['a varint over 2^53', [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]],
  ])('fails on %s', (_, bytes) => {
    const reader = new ByteReader(Uint8Array.from(bytes));
    expect(reader.varint()).toBe(0);
    expect(reader.failed).toBe(true);
  });

  it('refuses a count larger than the bytes left could hold', () => {
    const reader = new ByteReader(Uint8Array.from([200, 1, 1, 1]));
    expect(reader.count()).toBe(0);
    expect(reader.failed).toBe(true);
  });
});
