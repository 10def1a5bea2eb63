import fc from 'fast-check';
import { createCsvTextScanner } from './csv-text-scanner';
import { CsvTextSource } from './csv-text-source';
import type { VehicleKernelChoice } from './vehicle-reader';
import { vehicleOutcome as outcome, vehicleReader } from './testing/vehicle-readers';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Pieces that make rows the kernel must leave: stray quotes, delimiters, CR, NUL, non-ASCII. */
const pieces = fc.constantFrom(
  ...['2019-06-02', '2020-02-29', '2019-02-29', '2019-06-31', '', ' ', '"', '""', ',', ';'],
  ...['\t', '|', '\r', '\n', '\r\n', '\u0000', 'é', '\ufeff', '12', 'Norway', '-', '\u000b'],
);
/** A cell for each role: a date or a name, usual or not, or now and then any pieces. */
const cells = fc.record({
  date: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('2019-06-02', '2019-07-01', '', '"2019-06-02"') },
    fc.constantFrom('2000-01-01', '2100-12-31', '2101-01-01', '2019-06-02 ', 'Order date'),
    fc.constantFrom('""', '2019-6-2', '2019-02-29', '2020-02-29', '2019-06-31'),
  ),
  name: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Norway', 'V12', '', 'Model 3', '"a,b"') },
    fc.constantFrom('" V1"', '"a;b"', '"a\tb"', ' Norway ', '123', '""', '"V1 "', 'Nine char'),
  ),
  pieces: fc.oneof(
    { weight: 12, arbitrary: fc.constant(null) },
    fc.array(pieces, { maxLength: 4 }).map((list) => list.join('')),
  ),
});
const DATE_ROLES = new Set([3, 4, 5, 7]);

/**
 * Rows of any bytes, cut anywhere: whatever rows the kernel takes are whole rows that the
 * scanner reads as rows of the header's width, counted as readRow counts them; a row it leaves
 * has nothing counted.
 */
describe.each<VehicleKernelChoice>(['javascript', 'webassembly'])(
  'the %s row kernel on any bytes',
  (choice) => {
    it('takes only whole rows that the scanner and readRow read the same way', () => {
      let taken = 0;
      let rowsSeen = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(',', ';', '\t', '|'),
          fc
            .shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 })
            .filter((order) => order.some((k) => (k >= 3 && k <= 5) || k === 7)),
          fc.array(
            fc.tuple(
              fc.array(cells, { minLength: 9, maxLength: 9 }),
              // Fields more or fewer than the header's; -9: a blank line.
              fc.constantFrom(0, 0, 0, 0, 0, -1, -1, 1, -9),
              fc.constantFrom('\n', '\r\n', '\n', '\r\n', '\r', ''),
            ),
            { minLength: 1, maxLength: 8 },
          ),
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(1) },
            fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
          ),
          (delimiter, order, rowCells, cutShare) => {
            const width = order.length;
            // Most rows as wide as the header, so that the kernel has rows to take; some blank.
            const rows = rowCells.map(([list, extra, end]) => {
              const row = list.slice(0, Math.max(0, width + extra)).map((cell, j) => {
                const k = order[j] ?? 6;
                return cell.pieces ?? (DATE_ROLES.has(k) ? cell.date : cell.name);
              });
              return row.join(delimiter) + end;
            });
            const text = rows.join('');
            const bytes = encoder.encode(text);
            const cut = Math.round(cutShare * bytes.length);
            const kernelRead = vehicleReader(order, (k) => `c${k}`, choice);
            const kernel = kernelRead.reader.plainRows?.(delimiter.charCodeAt(0), width);
            if (kernel === undefined) throw new Error('the vehicle reader has a kernel');
            const scanned = vehicleReader(order, (k) => `c${k}`);
            const scanner = createCsvTextScanner(delimiter.charCodeAt(0), width);
            const source = new CsvTextSource(scanner);
            const view = new DataView(bytes.buffer);
            rowsSeen += rows.length;
            // As readPlainRows goes: past a row left, on from the next line's start.
            for (let at = 0, line = 2; at < cut;) {
              const next = kernel.readRows(bytes, view, at, cut, line);
              expect(next).toBeGreaterThanOrEqual(at);
              expect(next).toBeLessThanOrEqual(cut);
              taken += kernel.taken;
              // The rows taken, read by the scanner and readRow: ASCII, so bytes are code units.
              scanner.line = line;
              source.chunk = decoder.decode(bytes.subarray(at, next));
              source.view = new DataView(bytes.buffer, at, next - at);
              let rowsRead = 0;
              const consumed = scanner.scan(source.chunk, 0, true, (count, row, blank) => {
                rowsRead++;
                expect([count, blank]).toEqual([width, false]);
                source.count = count;
                source.row = row;
                scanned.reader.readRow(source);
                return true;
              });
              expect([consumed, rowsRead]).toEqual([next - at, kernel.taken]);
              line += kernel.taken + 1;
              const lineEnd = bytes.indexOf(0x0a, next) + 1;
              at = lineEnd === 0 ? cut : lineEnd;
            }
            expect(outcome(kernelRead)).toEqual(outcome(scanned));
          },
        ),
        { numRuns: 400 },
      );
      // Rows of both kinds are met: a kernel that took all or none would prove little here.
      expect(taken / rowsSeen).toBeGreaterThan(0.02);
      expect(taken / rowsSeen).toBeLessThan(0.5);
    }, 60_000);
  },
);
