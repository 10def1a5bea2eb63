import fc from 'fast-check';
import { byPart, countAheadHere, countedSpan, REPEAT_PARTS, rowEndOf } from './count-ahead';
import type { AheadShape } from './count-ahead-types';
import { vehicleCsv } from './testing/big-files';
import { acquireKernelInstance } from './vehicle-kernel-wasm';

const encoder = new TextEncoder();
const COMMA = 0x2c;

describe('rowEndOf: where a row ends as the scanner reads it', () => {
  it.each([
    ['a plain row', 'a,b,c\nnext', 6],
    ['CRLF', 'a,b,c\r\nnext', 7],
    ['a quoted field with the delimiter', '"a,b",c\nnext', 8],
    ['a quoted field with a line break', '"a\nb",c\nnext', 8],
    ['a quoted last field, CRLF', 'a,"b\r\nc"\r\nnext', 10],
    ['"" escapes', '"a ""b""",c\nnext', 12],
    ['a quoted field closed by the line end', 'a,"b"\nnext', 6],
    ['an empty quoted field', 'a,"",c\n', 7],
    ['no line end', 'a,b,c', -1],
    ['a quoted field the text ends in', 'a,"b\nc,d\n', -1],
    ['a quote inside a plain field', 'a,b"c,d\n', -1],
    ['text after a closing quote', 'a,"b"c,d\n', -1],
    ['a closing quote then a lone CR', 'a,"b"\rc\n', -1],
  ])('%s', (_name, text, end) => {
    expect(rowEndOf(encoder.encode(text), 0, COMMA)).toBe(end);
  });

  it('starts where it is told', () => {
    expect(rowEndOf(encoder.encode('x\n"a\nb"\n'), 2, COMMA)).toBe(8);
  });
});

describe('countedSpan', () => {
  it.each([
    [[0, 0, 0], { low: 0, days: 0 }],
    [[0, 3, 0, 1, 0], { low: 1, days: 3 }],
    [[5], { low: 0, days: 1 }],
    [[2, 0, 0, 0, 7], { low: 0, days: 5 }],
  ])('%j', (counts, span) => {
    expect(countedSpan(Int32Array.from(counts))).toEqual(span);
  });
});

describe('byPart', () => {
  it('sorts the pairs by part, keeping each pair whole, and says where each part starts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.integer()), { maxLength: 300 }), (list) => {
        const { vinPairs, vinParts } = byPart(Int32Array.from(list.flat()));
        const pairs = (array: Int32Array) =>
          Array.from({ length: array.length / 2 }, (_, k) => `${array[2 * k]}:${array[2 * k + 1]}`);
        expect(pairs(vinPairs).sort()).toEqual(pairs(Int32Array.from(list.flat())).sort());
        expect(vinParts[0]).toBe(0);
        expect(vinParts[REPEAT_PARTS]).toBe(list.length);
        for (let part = 0; part < REPEAT_PARTS; part++) {
          for (let k = vinParts[part] as number; k < (vinParts[part + 1] as number); k++) {
            expect((vinPairs[2 * k] as number) >>> 29).toBe(part);
          }
        }
      }),
    );
  });
});

/** VIN, country, model, ordered, built, delivered: vehicleCsv's columns. */
const SHAPE: AheadShape = {
  delimiter: COMMA,
  width: 6,
  columns: { events: [3, 4, 5, -1], vin: 0, region: 1, model: 2 },
  countsUnscheduled: false,
};

function count(bytes: Uint8Array, from: number, chunkBytes = 1 << 20) {
  const wasm = acquireKernelInstance();
  if (wasm === null) throw new Error('WebAssembly runs in Node');
  const counted = countAheadHere(wasm, SHAPE, bytes, from, chunkBytes);
  if (counted === null) throw new Error('the kernel reads this shape');
  return counted;
}

describe('AheadCounter', () => {
  const bytes = vehicleCsv(20_000);
  const text = new TextDecoder().decode(bytes);

  it('starts at the first line start past `from` and counts to the end, leaving the rest whole', () => {
    const from = 300_000;
    const counted = count(bytes, from, 4096);
    expect(counted.start).toBe(bytes.indexOf(0x0a, from) + 1);
    expect(counted.stop).toBe(bytes.length);
    const rows = new TextDecoder().decode(bytes.subarray(counted.start)).split('\r\n').length - 1;
    const countedRows =
      counted.countedBefore.reduce((sum, rows) => sum + rows, 0) + counted.countedAfter;
    expect(countedRows + counted.leftEnds.length).toBe(rows);
    // Each row left is one of the file's rows, with its line end.
    let at = 0;
    for (const end of counted.leftEnds) {
      const row = new TextDecoder().decode(counted.leftBytes.subarray(at, end));
      expect(row.endsWith('\r\n')).toBe(true);
      expect(text.includes(`\n${row}`)).toBe(true);
      at = end;
    }
    // Quoted names, the "" escapes, the accented name and each label's and day's first rows.
    expect(counted.leftEnds.length).toBeGreaterThan(0);
    expect(countedRows).toBeGreaterThan(rows / 2);
    expect(counted.vinPairs.length).toBe(2 * countedRows);
    expect(counted.vinParts[REPEAT_PARTS]).toBe(countedRows);
  });

  it.each([1, 7, 100, 4096])(
    'counts or leaves every row however its chunks cut the file (%i bytes)',
    (chunkBytes) => {
      const whole = count(bytes, 60_000);
      const cut = count(bytes, 60_000, chunkBytes);
      const rows = (counted: typeof whole) =>
        counted.countedBefore.reduce((sum, rows) => sum + rows, 0) +
        counted.countedAfter +
        counted.leftEnds.length;
      expect([cut.start, cut.stop, rows(cut)]).toEqual([whole.start, whole.stop, rows(whole)]);
      // The kernel may leave a piece's last row where another cut lets it count it; the rows
      // left are then more, never fewer than the labels' and days' first.
      expect(cut.leftEnds.length).toBeGreaterThanOrEqual(whole.leftEnds.length);
    },
  );

  it('stops at a row whose end it cannot tell, for the first reader to read on from', () => {
    const cut = encoder.encode(`${text}5YJ3E1EA999999999,"Norway\n`);
    const counted = count(cut, 60_000);
    expect(counted.stop).toBe(bytes.length);
  });

  it('counts nothing when no line starts past `from`', () => {
    const counted = count(bytes, bytes.length - 3);
    expect([counted.start, counted.stop, counted.days, counted.leftEnds.length]).toEqual([
      bytes.length,
      bytes.length,
      0,
      0,
    ]);
  });
});
