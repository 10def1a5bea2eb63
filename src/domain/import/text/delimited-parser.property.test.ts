import fc from 'fast-check';
import { createDelimitedParserWithSample, parseDelimited } from './delimited-parser';
import { detectDelimiter, type Delimiter } from './detect-delimiter';

const file = 'property.csv';
const RUNS = { numRuns: 1000 };

/** Characters that stress the reader: quotes, every candidate delimiter, line breaks, BOM, non-ASCII. */
const trickyCell = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '0',
    ' ',
    '"',
    ',',
    ';',
    '\t',
    '|',
    '\r',
    '\n',
    'é',
    '€',
    '😎',
    '\uFEFF',
  ),
  maxLength: 8,
});
const cell = fc.oneof(trickyCell, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constant(''));
const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t', '|');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

function tableOf(cells: fc.Arbitrary<string>): fc.Arbitrary<string[][]> {
  return fc.integer({ min: 1, max: 6 }).chain((width) =>
    fc.array(fc.array(cells, { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 8,
    }),
  );
}

/** An RFC 4180 writer, independent of the reader under test. */
function writeDelimited(
  rows: string[][],
  separator: string,
  end: string,
  trailingBreak: boolean,
): string {
  const needsQuotes = (value: string): boolean =>
    value.includes('"') ||
    value.includes(separator) ||
    value.includes('\r') ||
    value.includes('\n') ||
    value.startsWith('\uFEFF');
  const quote = (value: string): string =>
    needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value;
  // A lone empty cell must be written "" or its line would be blank.
  const line = (row: string[]): string =>
    row.length === 1 && row[0] === '' ? '""' : row.map(quote).join(separator);
  return rows.map(line).join(end) + (trailingBreak ? end : '');
}

function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let start = 0;
  for (const point of points) {
    chunks.push(text.slice(start, point));
    start = point;
  }
  chunks.push(text.slice(start));
  return chunks;
}

describe('delimited text properties', () => {
  it('reads back any written table', () => {
    fc.assert(
      fc.property(
        tableOf(cell),
        delimiter,
        lineEnd,
        fc.boolean(),
        (rows, separator, end, trailing) => {
          const result = parseDelimited(writeDelimited(rows, separator, end, trailing), {
            file,
            delimiter: separator,
          });
          expect(result.ok && result.value.rows).toEqual(rows);
        },
      ),
      RUNS,
    );
  });

  const text = fc.oneof(
    fc
      .tuple(tableOf(cell), delimiter, lineEnd, fc.boolean())
      .map(([rows, separator, end, trailing]) => writeDelimited(rows, separator, end, trailing)),
    // Arbitrary text from the same characters, so broken quotes and ragged rows come up too.
    fc.string({
      unit: fc.constantFrom('a', '"', ',', ';', '\t', '|', '\r', '\n', ' ', '😎'),
      maxLength: 60,
    }),
  );

  it('reads the same in random chunks as whole', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.option(delimiter),
        (input, cuts, chosen) => {
          const options = chosen === null ? { file } : { file, delimiter: chosen };
          const parser = createDelimitedParserWithSample(options, 65_536);
          for (const chunk of splitAt(input, cuts)) parser.push(chunk);
          expect(parser.end()).toEqual(parseDelimited(input, options));
        },
      ),
      RUNS,
    );
  });

  it('detects the delimiter the same way in chunks when the sample ends anywhere', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (input, cuts, sample) => {
          const whole = createDelimitedParserWithSample({ file }, sample);
          whole.push(input);
          const chunked = createDelimitedParserWithSample({ file }, sample);
          for (const chunk of splitAt(input, cuts)) chunked.push(chunk);
          expect(chunked.end()).toEqual(whole.end());
        },
      ),
      RUNS,
    );
  });

  it('detects the delimiter of any table of two or more columns', () => {
    // Cells may hold the table's own delimiter, quotes and line breaks (all quoted), but no
    // other candidate, so exactly one candidate splits every line the same way.
    const plain = fc.string({ unit: fc.constantFrom('a', '1', ' ', '"', '\n', '.'), maxLength: 6 });
    const wide = fc.integer({ min: 2, max: 6 }).chain((width) =>
      fc.array(fc.array(plain, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(wide, delimiter, lineEnd, fc.boolean(), (rows, separator, end, trailing) => {
        expect(detectDelimiter(writeDelimited(rows, separator, end, trailing))).toEqual({
          delimiter: separator,
          confident: true,
        });
      }),
      RUNS,
    );
  });
});
