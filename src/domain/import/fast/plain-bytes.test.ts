import fc from 'fast-check';
import { isoDay } from './date-parts';
import { CENTURY_FIRST_DAY, CENTURY_LAST_DAY } from './day-range';
import {
  byteClasses,
  CenturyIsoDays,
  DELIMITER,
  PLAIN,
  plainWordRun,
  REFUSED,
  SPECIAL,
} from './plain-bytes';

const encoder = new TextEncoder();

describe('CenturyIsoDays', () => {
  it.each([
    ['2019-06-29', 18_076],
    ['2000-01-01', 10_957],
    ['2100-12-31', 47_846],
    ['2020-02-29', 18_321],
    ['2019-02-29', REFUSED],
    ['1999-12-31', REFUSED],
    ['2101-01-01', REFUSED],
    ['2019/06/29', REFUSED],
    ['2019-13-01', REFUSED],
    ['2019-00-10', REFUSED],
    ['2019-06-00', REFUSED],
    ['20a9-06-29', REFUSED],
  ])('%s is day %i', (text, day) => {
    const bytes = encoder.encode(text);
    expect(new CenturyIsoDays().day(bytes, new DataView(bytes.buffer), 0)).toBe(day);
  });

  /** What the general reading says: isoDay (with its dash check), inside 2000–2100. */
  function reference(text: string): number {
    const day = text.charCodeAt(4) === 0x2d ? isoDay(text, 0) : NaN;
    return day >= CENTURY_FIRST_DAY && day <= CENTURY_LAST_DAY ? day : REFUSED;
  }

  it('reads what the general reading reads, whatever months share its slots', () => {
    const digit = fc.constantFrom(...'0123456789');
    const near = fc.constantFrom(...'0123456789-/ a');
    const texts = fc.oneof(
      fc
        .date({ min: new Date('1990-01-01'), max: new Date('2110-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      fc
        .tuple(fc.constantFrom('19', '20', '21'), fc.array(digit, { minLength: 2, maxLength: 2 }))
        .chain(([century, year]) =>
          fc
            .tuple(digit, digit, digit, digit, near, near)
            .map(
              ([m0, m1, d0, d1, a, b]) => `${century}${year.join('')}-${m0}${m1}${a}${d0}${d1}${b}`,
            ),
        )
        .map((text) => text.slice(0, 10)),
      fc.array(near, { minLength: 10, maxLength: 10 }).map((cells) => cells.join('')),
    );
    // One reader for all texts: months met before, and months sharing a slot, are read alike.
    const days = new CenturyIsoDays();
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 50 }), (list) => {
        for (const text of list) {
          const bytes = encoder.encode(text);
          expect(days.day(bytes, new DataView(bytes.buffer), 0)).toBe(reference(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('byteClasses', () => {
  it.each([
    [',', ',', DELIMITER],
    [',', ';', PLAIN],
    [';', ';', DELIMITER],
    [',', ' ', PLAIN],
    [',', '"', SPECIAL],
    [',', '\n', SPECIAL],
    [',', '\r', SPECIAL],
    [',', '\u0000', SPECIAL],
    [',', '\u00e9', SPECIAL],
    ['\t', '\t', DELIMITER],
  ])('with %j as delimiter, %j is of class %i', (delimiter, byte, kind) => {
    const classes = byteClasses(delimiter.charCodeAt(0));
    expect(classes[encoder.encode(byte)[0] as number]).toBe(kind);
  });
});

describe('plainWordRun', () => {
  const run = (text: string, length: number) => {
    const bytes = new TextEncoder().encode(text);
    return plainWordRun(new DataView(bytes.buffer), 0, length, bytes.length);
  };

  it.each<[string, number, boolean]>([
    ['5YJ3E1EA000000001,Norway', 17, true],
    ['5YJ3E1EA00000000\u007f,Norway', 17, true],
    ['5YJ3E1EA00000000,,Norway', 17, false],
    ['5YJ3E1EA 00000001,Norway', 17, false],
    ['5YJ3E1EA"00000001,Norway', 17, false],
    ['5YJ3E1EA0000000é,Norway', 17, false],
    ['ABCD,x', 4, true],
    ['ABC,x', 3, false],
    ['ABCDE', 5, false],
  ])('%j, %i bytes: %s', (text, length, plain) => {
    expect(run(text, length)).toBe(plain);
  });

  it('says plain exactly when every byte is from "-" to DEL (0x2d–0x7f)', () => {
    fc.assert(
      fc.property(
        fc
          .uint8Array({ minLength: 2, maxLength: 40 })
          .map((bytes) => bytes.map((b) => (b % 3 === 0 ? 0x2d + (b % 0x53) : b))),
        (bytes) => {
          const length = bytes.length - 1;
          const expected =
            length >= 4 && [...bytes.subarray(0, length)].every((b) => b >= 0x2d && b <= 0x7f);
          expect(plainWordRun(new DataView(bytes.buffer), 0, length, bytes.length)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
