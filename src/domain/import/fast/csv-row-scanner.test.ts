import fc from 'fast-check';
import { createTokenizer, type TokenProblem } from '../text/delimited-tokenizer';
import { createCsvRowScanner, type ScanProblem } from './csv-row-scanner';
import { CsvRowSource } from './csv-row-source';

interface Row {
  cells: string[];
  line: number;
  blank: boolean;
}

/** The general tokenizer's rows, or its first problem. */
function tokenizerRows(text: string, delimiter: string): Row[] | TokenProblem {
  const rows: Row[] = [];
  let problem: TokenProblem | null = null;
  const tokenizer = createTokenizer(delimiter.charCodeAt(0), {
    row: (cells, _count, line, blank) => rows.push({ cells: [...cells], line, blank }),
    problem: (kind) => {
      problem ??= kind;
    },
  });
  tokenizer.write(text);
  tokenizer.finish();
  return problem ?? rows;
}

/** The scanner's rows, fed the bytes in chunks that end at `cuts`, carrying unfinished rows. */
function scannerRows(
  bytes: Uint8Array,
  delimiter: string,
  cuts: number[],
): Row[] | ScanProblem | 'stopped' {
  const scanner = createCsvRowScanner(delimiter.charCodeAt(0), 64);
  const source = new CsvRowSource(scanner);
  const rows: Row[] = [];
  const onRow = (count: number, line: number, blank: boolean): boolean => {
    source.count = count;
    rows.push({ cells: Array.from({ length: count }, (_, f) => source.text(f)), line, blank });
    return true;
  };
  let leftover = new Uint8Array(0);
  const ends = [...new Set([...cuts.filter((cut) => cut < bytes.length), bytes.length])].sort(
    (a, b) => a - b,
  );
  let from = 0;
  for (const [k, end] of ends.entries()) {
    const chunk = bytes.subarray(from, end);
    from = end;
    const joined = new Uint8Array(leftover.length + chunk.length);
    joined.set(leftover);
    joined.set(chunk, leftover.length);
    source.bytes = joined;
    const atEnd = k === ends.length - 1;
    const consumed = scanner.scan(joined, 0, joined.length, atEnd, onRow);
    if (consumed < 0) return scanner.problem ?? 'stopped';
    leftover = joined.slice(consumed);
  }
  return rows;
}

const pieces = fc.constantFrom(
  'a',
  'bc',
  ' ',
  ',',
  ';',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  'é',
  '€',
  '😀',
  '2019-06-29',
);
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('createCsvRowScanner', () => {
  it.each<[string, string, Row[]]>([
    ['a plain row', 'a,b\n', [{ cells: ['a', 'b'], line: 1, blank: false }]],
    ['no final line break', 'a,b', [{ cells: ['a', 'b'], line: 1, blank: false }]],
    [
      'quotes, escapes and a line break inside quotes',
      '"x,""y""","1\r\n2"\r\nz,w',
      [
        { cells: ['x,"y"', '1\r\n2'], line: 1, blank: false },
        { cells: ['z', 'w'], line: 3, blank: false },
      ],
    ],
    [
      'blank lines after CR, LF and CRLF',
      'a\r\rb\n\nc\r\n\r\n',
      [
        { cells: ['a'], line: 1, blank: false },
        { cells: [''], line: 2, blank: true },
        { cells: ['b'], line: 3, blank: false },
        { cells: [''], line: 4, blank: true },
        { cells: ['c'], line: 5, blank: false },
        { cells: [''], line: 6, blank: true },
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(scannerRows(new TextEncoder().encode(text), ',', [])).toEqual(expected);
  });

  it.each<[string, ScanProblem]>([
    ['a"b\n', 'unescaped-quote'],
    ['"a"b\n', 'text-after-closing-quote'],
    ['"ab\n', 'unterminated-quote'],
    ['a\u0000b\n', 'nul-byte'],
  ])('stops at %j: %s', (text, problem) => {
    expect(scannerRows(new TextEncoder().encode(text), ',', [])).toBe(problem);
  });

  it('stops at bytes that are not UTF-8', () => {
    expect(scannerRows(new Uint8Array([0x61, 0xe9, 0x0a]), ',', [])).toBe('invalid-utf-8');
  });

  it('gives the general tokenizer’s rows and lines, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom(',', ';'),
        fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
        (text, delimiter, cuts) => {
          const expected = tokenizerRows(text, delimiter);
          const actual = scannerRows(new TextEncoder().encode(text), delimiter, cuts);
          if (typeof expected === 'string') expect(typeof actual).toBe('string');
          else expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
