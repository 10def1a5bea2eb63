import fc from 'fast-check';
import { createTokenizer, type TokenProblem } from '../text/delimited-tokenizer';
import type { ScanProblem } from './csv-fields';
import { createCsvTextScanner } from './csv-text-scanner';
import { CsvTextSource } from './csv-text-source';

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

/** The scanner's rows, fed the text in pieces that end at `cuts`, carrying unfinished rows. */
function scannerRows(text: string, delimiter: string, cuts: number[]): Row[] | ScanProblem {
  const scanner = createCsvTextScanner(delimiter.charCodeAt(0), 64);
  const source = new CsvTextSource(scanner);
  const rows: Row[] = [];
  const onRow = (count: number, line: number, blank: boolean): boolean => {
    source.count = count;
    rows.push({ cells: Array.from({ length: count }, (_, f) => source.text(f)), line, blank });
    return true;
  };
  let leftover = '';
  const ends = [...new Set([...cuts.filter((cut) => cut < text.length), text.length])].sort(
    (a, b) => a - b,
  );
  let from = 0;
  for (const [k, end] of ends.entries()) {
    const joined = leftover + text.slice(from, end);
    from = end;
    source.chunk = joined;
    const consumed = scanner.scan(joined, 0, k === ends.length - 1, onRow);
    if (consumed < 0) return scanner.problem ?? 'nul-byte';
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

describe('createCsvTextScanner', () => {
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
    [
      'plain rows around a quoted one, a lone CR ending a row',
      'a,b\rc,"d"\ne,f',
      [
        { cells: ['a', 'b'], line: 1, blank: false },
        { cells: ['c', 'd'], line: 2, blank: false },
        { cells: ['e', 'f'], line: 3, blank: false },
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(scannerRows(text, ',', [])).toEqual(expected);
  });

  it.each<[string, ScanProblem]>([
    ['a"b\n', 'unescaped-quote'],
    ['"a"b\n', 'text-after-closing-quote'],
    ['"ab\n', 'unterminated-quote'],
    ['a\u0000b\n', 'nul-byte'],
    ['"a\u0000"\n', 'nul-byte'],
  ])('stops at %j: %s', (text, problem) => {
    expect(scannerRows(text, ',', [])).toBe(problem);
  });

  it('stops at a row wider than it takes', () => {
    const scanner = createCsvTextScanner(0x2c, 2);
    expect(scanner.scan('a,b\nc,d,e\n', 0, true, () => true)).toBe(-1);
    expect(scanner.problem).toBe('too-many-fields');
  });

  it('gives the general tokenizer’s rows and lines, however the text is cut', () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom(',', ';'),
        fc.array(fc.nat({ max: 200 }), { maxLength: 6 }),
        (text, delimiter, cuts) => {
          const expected = tokenizerRows(text, delimiter);
          const actual = scannerRows(text, delimiter, cuts);
          if (typeof expected === 'string') expect(typeof actual).toBe('string');
          else expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
