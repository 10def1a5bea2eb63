import { REPEAT_PARTS } from './vin-repeat-check';
import { countAheadHere } from './count-ahead';
import type { AheadShape } from './count-ahead-types';
import { vehicleCsv } from './testing/big-files';
import { acquireKernelInstance } from './vehicle-kernel-wasm';

const encoder = new TextEncoder();
const COMMA = 0x2c;

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
