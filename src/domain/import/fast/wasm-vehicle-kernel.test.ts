import fc from 'fast-check';
import { dayFromIso, isoFromDay } from '../../records/calendar-day';
import { vehicleOutcome as outcome, vehicleReader } from './testing/vehicle-readers';
import { acquireKernelInstance, base64Bytes, releaseKernelInstance } from './vehicle-kernel-wasm';
import type { VehicleKernelChoice } from './vehicle-reader';
import { VehicleTally } from './vehicle-tally';
import { WasmVehicleKernel } from './wasm-vehicle-kernel';

const encoder = new TextEncoder();
/** VIN, region, model, ordered, built, delivered (VEHICLE_ROLES 0–5). */
const ORDER = [0, 1, 2, 3, 4, 5];

interface Table {
  delimiter: string;
  lineEnd: string;
  rows: string[];
  /** Where the rows are cut into pieces, as row numbers. */
  cuts: number[];
}

/** Reads the rows piece by piece with one kernel; every row here is one both kernels take. */
function readWith(choice: VehicleKernelChoice, { delimiter, lineEnd, rows, cuts }: Table) {
  const read = vehicleReader(ORDER, undefined, choice);
  const kernel = read.reader.plainRows?.(delimiter.charCodeAt(0), ORDER.length);
  if (kernel === undefined) throw new Error('the vehicle reader has a kernel');
  const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), rows.length];
  let line = 2;
  for (let k = 1; k < bounds.length; k++) {
    const piece = rows.slice(bounds[k - 1], bounds[k]);
    const bytes = encoder.encode(piece.map((row) => row + lineEnd).join(''));
    kernel.beginPiece?.(bytes);
    const next = kernel.readRows(bytes, new DataView(bytes.buffer), 0, bytes.length, line);
    expect([next, kernel.taken]).toEqual([bytes.length, piece.length]);
    line += piece.length;
  }
  const countedHere = kernel instanceof WasmVehicleKernel ? kernel.countedHere : 0;
  return { outcome: outcome(read), countedHere };
}

const FIRST_DAY = dayFromIso('2019-01-01') ?? 0;

/**
 * Usual rows over `regions` × `models` and days spread over `spread` days: a narrow spread
 * makes every day's first sightings pass soon (WebAssembly counts the rest); a wide one, more
 * days than its window holds; many regions, more labels and groups than it has room for.
 */
const tables = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    // A few groups over up to 6,000 days, or over a thousand over up to 400 (the tallies of a
    // thousand groups over years would take a gigabyte either way).
    scale: fc.oneof(
      fc.record({
        regions: fc.integer({ min: 1, max: 12 }),
        models: fc.integer({ min: 1, max: 6 }),
        spread: fc.constantFrom(20, 400, 6000),
      }),
      fc.record({
        regions: fc.integer({ min: 900, max: 1400 }),
        models: fc.integer({ min: 1, max: 2 }),
        spread: fc.constantFrom(20, 400),
      }),
    ),
    count: fc.integer({ min: 200, max: 2500 }),
    seed: fc.integer(),
  })
  .map(({ scale, ...shape }) => ({ ...shape, ...scale }))
  .chain((shape) =>
    fc
      .array(fc.integer({ min: 0, max: shape.count }), { maxLength: 4 })
      .map((cuts) => ({ shape, cuts })),
  )
  .map(({ shape, cuts }): Table => {
    let state = shape.seed >>> 0 || 1;
    const next = (n: number) => {
      // xorshift: the same table for the same seed, so a failure shrinks and replays.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    const d = shape.delimiter;
    const rows: string[] = [];
    for (let r = 0; r < shape.count; r++) {
      const ordered = FIRST_DAY + next(shape.spread);
      const built = next(8) === 0 ? '' : isoFromDay(ordered + next(30));
      const delivered = next(5) === 0 ? '' : isoFromDay(ordered + next(60));
      const region = next(9) === 0 ? '' : `Region ${next(shape.regions)}`;
      const quoted = next(20) === 0 ? `"${region}${d}x"` : region;
      // Now and then a VIN given before (to JavaScript or to WebAssembly): a repeat.
      const vinRow = r > 0 && next(400) === 0 ? next(r) : r;
      const vin = next(15) === 0 ? '' : `5YJ3E${vinRow.toString(36).padStart(12, '0')}`;
      const cells = [vin, quoted, `Model ${next(shape.models)}`, isoFromDay(ordered)];
      rows.push([...cells, built, delivered].join(d));
    }
    return { delimiter: d, lineEnd: shape.lineEnd, rows, cuts };
  });

describe('the WebAssembly row kernel', () => {
  it('counts as the JavaScript kernel does: records, issues, far dates, evidence, VIN repeats', () => {
    let counted = 0;
    let rows = 0;
    fc.assert(
      fc.property(tables, (table) => {
        const javascript = readWith('javascript', table);
        const webAssembly = readWith('webassembly', table);
        expect(webAssembly.outcome).toEqual(javascript.outcome);
        counted += webAssembly.countedHere;
        rows += table.rows.length;
      }),
      { numRuns: 25 },
    );
    // A share of rows counted in WebAssembly (the others are days' first sightings, and what it
    // has no room for): a test where JavaScript read them all would prove little.
    expect(counted / rows).toBeGreaterThan(0.15);
  }, 120_000);

  it.each([
    ['an instance used before', false],
    // Filing VIN fingerprints grows a new instance's memory while rows are read.
    ['a new instance', true],
  ])('counts nearly every row of a usual table itself: %s', (_name, fresh) => {
    // Instances given back are used again: holding them makes the reader take a new one.
    const held = fresh ? Array.from({ length: 8 }, () => acquireKernelInstance()) : [];
    const rows = Array.from(
      { length: 20_000 },
      (_, r) =>
        `VIN${r},Region ${r % 7},Model ${r % 3},${isoFromDay(FIRST_DAY + (r % 90))},,` +
        isoFromDay(FIRST_DAY + (r % 90) + 20),
    );
    const table = { delimiter: ',', lineEnd: '\n', rows, cuts: [5000, 12_345] };
    const webAssembly = readWith('webassembly', table);
    expect(webAssembly.outcome).toEqual(readWith('javascript', table).outcome);
    expect(webAssembly.countedHere).toBeGreaterThan(rows.length * 0.9);
    for (const instance of held) if (instance) releaseKernelInstance(instance);
  });

  it.each([
    // Its log of sightings fills again and again (each row logs two).
    ['a new day every twelve rows', 12, 0, 0, 0.8],
    ['a few days, then a new one every two rows', 2, 10_000, 0, 0.8],
    // Rows past its window of days are JavaScript's, and once it has no room, the rest mostly.
    ['days on both sides of its window', 12, 0, 1_500, 0],
  ])(
    'counts rows of days not yet seen nine times itself, as JavaScript does: %s',
    (_name, rowsADay, fewDaysFirst, spread, share) => {
      const rows = Array.from({ length: 12_000 }, (_, r) => {
        const day =
          (r < fewDaysFirst ? FIRST_DAY + (r % 30) : FIRST_DAY + Math.floor(r / rowsADay)) +
          (r % 2 === 0 ? -spread : spread);
        return `VIN${r},Region ${r % 3},Model ${r % 2},${isoFromDay(day)},,${isoFromDay(day + 3)}`;
      });
      const table = { delimiter: ',', lineEnd: '\n', rows, cuts: [4_000, 4_001] };
      const webAssembly = readWith('webassembly', table);
      expect(webAssembly.outcome).toEqual(readWith('javascript', table).outcome);
      expect(webAssembly.countedHere).toBeGreaterThanOrEqual(rows.length * share);
    },
  );

  it.each([
    ['no VIN given twice', 20_000, null],
    ['a VIN given twice, both times counted here', 19_000, true],
    ['a VIN given twice, first to JavaScript (a day first seen)', 3, true],
  ])('tells VIN repeats as the JavaScript list does: %s', (_name, repeatedRow, repeats) => {
    const rows = Array.from({ length: 20_000 }, (_, r) => {
      const vin = r === 19_500 ? `VIN${repeatedRow}` : `VIN${r}`;
      return `${vin},Region ${r % 7},Model ${r % 3},${isoFromDay(FIRST_DAY + (r % 90))},,`;
    });
    const table = { delimiter: ',', lineEnd: '\n', rows, cuts: [7_000] };
    const webAssembly = readWith('webassembly', table);
    expect(webAssembly.outcome).toEqual(readWith('javascript', table).outcome);
    expect(webAssembly.outcome.notEligible === undefined ? null : true).toBe(repeats);
  });

  it.each([
    ['region and model in one column', { events: [3, 4, 5, -1], vin: 0, region: 1, model: 1 }],
    ['a date in the VIN column', { events: [0, 4, 5, -1], vin: 0, region: 1, model: 2 }],
  ] as const)('leaves a table with %s to the JavaScript kernel', (_name, columns) => {
    const instance = acquireKernelInstance();
    if (instance === null) throw new Error('Node runs WebAssembly');
    const targets = {
      tally: new VehicleTally(false),
      evidences: [],
      eventNames: [],
      blankRegion: 0,
      unnamedRegion: 1,
      noModel: 0,
    } as unknown as Parameters<typeof WasmVehicleKernel.create>[4];
    expect(WasmVehicleKernel.create(instance, 0x2c, 6, columns, targets)).toBeNull();
  });

  it('decodes its module from base64 as Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(base64Bytes(text)).toEqual(new Uint8Array(bytes));
      }),
    );
  });
});
