import fc from 'fast-check';
import { createCsvTextScanner } from './csv-text-scanner';
import { CsvTextSource } from './csv-text-source';
import type { VehicleKernelChoice } from './vehicle-reader';
import {
  vehicleOutcome as outcome,
  vehicleReader,
  type VehicleReaderUnderTest,
} from './testing/vehicle-readers';

const encoder = new TextEncoder();

/** Reads `rows` (each with its line end) scanned from their text, each by readRow. */
function scanRows(
  read: VehicleReaderUnderTest,
  text: string,
  delimiter: string,
  width: number,
  firstLine: number,
): void {
  const scanner = createCsvTextScanner(delimiter.charCodeAt(0), width);
  scanner.line = firstLine;
  const source = new CsvTextSource(scanner);
  source.chunk = text;
  const consumed = scanner.scan(text, 0, true, (count, line, blank) => {
    expect(count).toBe(blank ? 1 : width);
    if (blank) return true;
    source.count = count;
    source.row = line;
    read.reader.readRow(source);
    return true;
  });
  expect(consumed).toBe(text.length);
}

interface Rows {
  delimiter: string;
  order: number[];
  rows: string[];
}

/** The existing path for every row, and the kernel (the existing path for rows it leaves). */
function bothWays({ delimiter, order, rows }: Rows, kernelChoice: VehicleKernelChoice) {
  const scanned = vehicleReader(order);
  scanRows(scanned, rows.join(''), delimiter, order.length, 2);

  const kernelRead = vehicleReader(order, undefined, kernelChoice);
  const kernel = kernelRead.reader.plainRows?.(delimiter.charCodeAt(0), order.length);
  if (kernel === undefined) throw new Error('the vehicle reader has a kernel');
  const bytes = encoder.encode(rows.join(''));
  const view = new DataView(bytes.buffer);
  let at = 0;
  let line = 2;
  let taken = 0;
  for (const row of rows) {
    const end = at + encoder.encode(row).length;
    const next = kernel.readRows(bytes, view, at, end, line);
    if (kernel.taken === 1) {
      expect(next).toBe(end);
      taken++;
    } else {
      expect([kernel.taken, next]).toEqual([0, at]);
      scanRows(kernelRead, row, delimiter, order.length, line);
    }
    line += row.split('\n').length - 1;
    at = end;
  }
  return { scanned: outcome(scanned), kernel: outcome(kernelRead), taken };
}

const USUAL = [
  '5YJ3E1EA0KF000101',
  'Norway',
  'Model 3',
  '2019-06-02',
  '2019-06-20',
  '2019-07-01',
  'x',
];

/** The usual row with cell `k` (of VEHICLE_HEADERS) given as `cell`, ended by `end`. */
function usualWith(k: number, cell: string, end = '\n'): string {
  return USUAL.map((usual, j) => (j === k ? cell : usual)).join(',') + end;
}

// Through WebAssembly, these rows are mostly the JavaScript kernel's (a day's first sightings
// are): what both kernels take and leave, and the hand-over between them.
describe.each<VehicleKernelChoice>(['javascript', 'webassembly'])('the %s row kernel', (choice) => {
  it.each([
    ['the usual row', usualWith(0, USUAL[0] as string), true],
    ['a CRLF line end', usualWith(0, USUAL[0] as string, '\r\n'), true],
    ['a quoted name with the delimiter', usualWith(1, '"Korea, Republic of"'), true],
    ['a quoted date', usualWith(3, '"2019-06-02"'), true],
    ['an empty region (unnamed)', usualWith(1, ''), true],
    ['an empty build date', usualWith(4, ''), true],
    // Ten bytes on from an empty date's start is a line end: still not a date's ten bytes.
    ['an empty date, then nine characters', usualWith(5, '').replace(',x\n', ',Nine char\n'), true],
    ['a name with spaces around it', usualWith(2, ' Model 3 '), true],
    ['a quoted name with "" inside', usualWith(1, '"The ""North"""'), false],
    ['a name past ASCII', usualWith(1, 'Zürich'), false],
    ['a line break in quotes', usualWith(2, '"Model\n3"'), false],
    ['a day that does not exist', usualWith(4, '2019-02-30'), false],
    ['a date before 2000', usualWith(3, '1999-12-31'), false],
    ['a date after 2100', usualWith(5, '2101-01-01'), false],
    ['another date form', usualWith(3, '6/2/2019'), false],
    ['a date with a space', usualWith(3, ' 2019-06-02'), false],
    ['delivered before ordered', usualWith(5, '2019-05-01'), false],
    ['a VIN with a space at its end', usualWith(0, '5YJ3 '), false],
    ['a bare CR in a name', usualWith(1, 'Nor\rway'), false],
    ['a missing line end', usualWith(0, USUAL[0] as string, ''), false],
    ['a field too few', USUAL.slice(1).join(',') + '\n', false],
  ])('%s: taken %s, and counted as readRow counts it', (_name, row, taken) => {
    const rows = { delimiter: ',', order: [0, 1, 2, 3, 4, 5, 6], rows: [row] };
    const kernelRead = vehicleReader(rows.order, undefined, choice);
    const kernel = kernelRead.reader.plainRows?.(0x2c, 7);
    const bytes = encoder.encode(row);
    kernel?.readRows(bytes, new DataView(bytes.buffer), 0, bytes.length, 2);
    expect(kernel?.taken).toBe(taken ? 1 : 0);
    // Rows the scanner reads as one row of seven fields: readRow can count them too.
    if (row.endsWith('\n') && row.split(',').length === 7 && !/\r(?!\n)/.test(row)) {
      const both = bothWays({ ...rows, rows: [row] }, choice);
      expect(both.kernel).toEqual(both.scanned);
    }
  });

  const isoDates = fc
    .date({ min: new Date('2018-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const dates = fc.oneof(
    { weight: 12, arbitrary: isoDates },
    { weight: 3, arbitrary: fc.constant('') },
    fc.constantFrom('2019-02-30', '6/29/2019', '"2019-06-29"', ' 2019-06-29', '2019-6-29', '""'),
    // Far from the others (a far-date warning), and outside the century (the row is skipped).
    fc.constantFrom('2013-05-05', '1999-12-31', '2101-01-01'),
  );
  const names = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('Norway', 'United States', 'Model 3', 'Model Y') },
    fc.constantFrom('', ' Norway ', 'Zürich', '"Korea, Republic of"', '"The ""North"""'),
    fc.constantFrom('"Line\nbreak"', '\u000bNorway\u000b', '"Model 3"', ' '),
  );
  const vins = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 400 }).map((n) => `5YJ3E1EA${n}`) },
    fc.constantFrom('', ' V1', 'V2 ', '"5YJ3E1EA7"', 'ÄVIN'),
  );
  const notes = fc.constantFrom('x', '', '"a, b"', 'note with spaces');
  const cellsOf = [vins, names, names, dates, dates, dates, notes, dates];

  it('counts every row as readRow does, taking the usual ones and leaving the rest', () => {
    let taken = 0;
    let rowsSeen = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc
          .shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 2 })
          .filter((order) => order.some((k) => (k >= 3 && k <= 5) || k === 7)),
        fc.constantFrom('\n', '\r\n'),
        fc.infiniteStream(fc.tuple(...cellsOf)),
        fc.integer({ min: 1, max: 40 }),
        (delimiter, order, lineEnd, cells, count) => {
          const rows = [...cells.take(count)].map(
            (row) => order.map((k) => row[k]).join(delimiter) + lineEnd,
          );
          const both = bothWays({ delimiter, order, rows }, choice);
          expect(both.kernel).toEqual(both.scanned);
          taken += both.taken;
          rowsSeen += rows.length;
        },
      ),
      { numRuns: 120 },
    );
    // Both kinds of row are met: a test where the kernel took all or none would prove little.
    expect(taken / rowsSeen).toBeGreaterThan(0.1);
    expect(taken / rowsSeen).toBeLessThan(0.9);
  }, 60_000);
});
