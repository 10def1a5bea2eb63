import fc from 'fast-check';

/**
 * Random delimited files of the two shapes the fast reader takes, in the forms real exports use
 * and the ones that trip readers up: quotes where needed and where not, "" escapes, CRLF and
 * LF, a byte-order mark, blank lines, empty and "n/a" cells, dates in other forms or impossible,
 * numbers with separators, repeated VINs and days, names with spaces and accents.
 */
export interface RandomTextFile {
  name: string;
  bytes: Uint8Array;
}

const ISO_DATES = fc
  .tuple(fc.constant(2019), fc.integer({ min: 4, max: 6 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const ODD_DATES = fc.constantFrom(
  '',
  '',
  'n/a',
  '2019-02-30',
  '1999-12-31',
  '2010-01-01',
  '2150-01-01',
  '2019-6-9',
  '2019/06/29',
  '20190629',
  ' 2019-06-29 ',
  '2019-06-29 10:30',
  '6/29/2019',
  '29/06/2019',
  '03/04/2019',
  '5/5/19',
  'June 29, 2019',
  'soon',
  '0019-06-29',
  '43645',
);

const numbers = (oddShare: number) =>
  fc.oneof(
    { weight: 100 - oddShare, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
    {
      weight: oddShare,
      arbitrary: fc.constantFrom(
        '',
        '-',
        'n/a',
        '-4',
        '1.5',
        '1,234',
        '1.234',
        '2,5',
        'x',
        ' 7 ',
        '007',
        '1 234',
      ),
    },
  );

const REGIONS = fc.constantFrom(
  'US',
  'NO',
  'NO',
  'Norway',
  ' NO',
  'Österreich',
  '',
  'Total',
  'A,B',
  'say "hi"',
);
const MODELS = fc.constantFrom('Model 3', 'Model 3', 'Model Y', '', ' Model Y');
const VINS = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .integer({ min: 1, max: 50_000 })
      .map((n) => `5YJ3E1EA${String(n).padStart(9, '0')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', 'V1', ' V1', 'V1 ') },
);

const dates = (oddShare: number) =>
  fc.oneof(
    { weight: 100 - oddShare, arbitrary: ISO_DATES },
    { weight: oddShare, arbitrary: ODD_DATES },
  );

function quote(cell: string, delimiter: string, always: boolean): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell);
  return needs || always ? `"${cell.replaceAll('"', '""')}"` : cell;
}

interface Layout {
  delimiter: string;
  lineBreak: string;
  bom: boolean;
  trailingBreak: boolean;
  blankLines: number[];
  quoteShare: number;
  name: string;
}

const LAYOUTS: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(',', ',', ';', '\t'),
  lineBreak: fc.constantFrom('\n', '\r\n', '\r\n'),
  bom: fc.boolean(),
  trailingBreak: fc.boolean(),
  blankLines: fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
  quoteShare: fc.constantFrom(0, 0.05, 0.5),
  name: fc.constantFrom('export.csv', 'export.txt', 'export.tsv'),
});

function render(header: string[], rows: string[][], layout: Layout, seed: number): RandomTextFile {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    state ^= state << 13;
    return ((state >>> 0) % 10_000) / 10_000;
  };
  const lines = [header, ...rows].map((cells) =>
    cells
      .map((cell) => quote(cell, layout.delimiter, random() < layout.quoteShare))
      .join(layout.delimiter),
  );
  for (const at of layout.blankLines) lines.splice(Math.min(at + 1, lines.length), 0, '');
  let text = lines.join(layout.lineBreak);
  if (layout.trailingBreak) text += layout.lineBreak;
  const body = new TextEncoder().encode(text);
  const bytes = layout.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  return { name: layout.name, bytes };
}

/** Columns in any order and subset, with the header spellings exports use. */
function headerOf(
  columns: readonly (readonly [string, string])[],
): fc.Arbitrary<[string, string][]> {
  return fc
    .shuffledSubarray([...columns] as [string, string][], { minLength: 1 })
    .map((picked) => picked);
}

/** One vehicle's values, by column key: the row both per-vehicle files draw. */
function vehicleRow(oddShare: number) {
  return fc.record({
    vin: VINS,
    region: REGIONS,
    model: MODELS,
    order: dates(oddShare),
    build: dates(oddShare),
    delivery: dates(oddShare),
  });
}

export function randomVehicleFile(oddShare = 8): fc.Arbitrary<RandomTextFile> {
  const columns = [
    ['vin', 'VIN'],
    ['region', 'Country'],
    ['model', 'Model'],
    ['order', 'Order date'],
    ['build', 'Build date'],
    ['delivery', 'Delivery date'],
  ] as const;
  const row = vehicleRow(oddShare);
  return fc
    .tuple(headerOf(columns), fc.array(row, { maxLength: 60 }), LAYOUTS, fc.nat())
    .filter(([picked]) => picked.some(([key]) => ['order', 'build', 'delivery'].includes(key)))
    .map(([picked, rows, layout, seed]) =>
      render(
        picked.map(([, title]) => title),
        rows.map((values) => picked.map(([key]) => values[key as keyof typeof values])),
        layout,
        seed,
      ),
    );
}

/**
 * A per-vehicle file long enough to be read past the head the fast reader guesses from
 * (512 KiB): a few random rows repeated, each time with new VINs (the row's VIN and the round),
 * blank lines spread over the whole file.
 */
export function randomLongVehicleFile(oddShare = 8): fc.Arbitrary<RandomTextFile> {
  const row = vehicleRow(oddShare);
  const header = ['VIN', 'Country', 'Model', 'Order date', 'Build date', 'Delivery date'];
  return fc
    .tuple(fc.array(row, { minLength: 1, maxLength: 30 }), LAYOUTS, fc.nat())
    .map(([templates, layout, seed]) => {
      const rows: string[][] = [];
      const rounds = Math.ceil(12_000 / templates.length);
      for (let round = 0; round < rounds; round++) {
        for (const { vin, region, model, order, build, delivery } of templates) {
          rows.push([vin === '' ? '' : `${vin}${round}`, region, model, order, build, delivery]);
        }
      }
      // Some in the head, most past it (a row is some 60 bytes: 8,000 rows pass 512 KiB).
      const blankLines = layout.blankLines.map((at) => (at % 4 === 0 ? at : 8_000 + at * 100));
      return render(header, rows, { ...layout, blankLines }, seed);
    });
}

export function randomDailyFile(oddShare = 8): fc.Arbitrary<RandomTextFile> {
  const columns = [
    ['date', 'Date'],
    ['region', 'Region'],
    ['model', 'Model'],
    ['deliveries', 'Deliveries'],
    ['production', 'Production'],
    ['orders', 'Orders'],
  ] as const;
  const row = fc.record({
    date: dates(oddShare),
    region: REGIONS,
    model: MODELS,
    deliveries: numbers(oddShare * 2),
    production: numbers(oddShare * 2),
    orders: numbers(oddShare * 2),
  });
  return fc
    .tuple(headerOf(columns), fc.array(row, { maxLength: 60 }), LAYOUTS, fc.nat())
    .filter(
      ([picked]) =>
        picked.some(([key]) => key === 'date') &&
        picked.some(([key]) => ['deliveries', 'production', 'orders'].includes(key)),
    )
    .map(([picked, rows, layout, seed]) =>
      render(
        picked.map(([, title]) => title),
        rows.map((values) => picked.map(([key]) => values[key as keyof typeof values])),
        layout,
        seed,
      ),
    );
}
