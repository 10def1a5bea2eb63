import fc from 'fast-check';
import { AsciiRows, NOT_CUT } from './ascii-rows';
import { createCsvTextScanner } from './csv-text-scanner';
import { CsvTextSource } from './csv-text-source';

const encode = (text: string) => new TextEncoder().encode(text);

interface Cut {
  cells: string[];
  next: number;
}

/** AsciiRows' cut of the row at the start of `text`: its cells' texts and where the next starts. */
function cutRow(text: string, width: number, jumps: [number, number][] = []): Cut | null {
  const scanner = createCsvTextScanner(0x2c, width);
  const rows = new AsciiRows(0x2c, width, jumps, scanner);
  const bytes = encode(text);
  const next = rows.cut(bytes, new DataView(bytes.buffer), 0, bytes.length);
  if (next === NOT_CUT) return null;
  const source = new CsvTextSource(scanner);
  source.view = new DataView(bytes.buffer);
  source.textOfView = true;
  source.count = width;
  return { cells: Array.from({ length: width }, (_, f) => source.text(f)), next };
}

/** The text scanner's first row of `text` when it is a whole row of `width` fields. */
function scannedRow(text: string, width: number): Cut | null {
  const scanner = createCsvTextScanner(0x2c, 64);
  const source = new CsvTextSource(scanner);
  source.chunk = text;
  let row: Cut | null = null;
  scanner.scan(text, 0, false, (count, _line, blank) => {
    source.count = count;
    const cells = Array.from({ length: count }, (_, f) => source.text(f));
    if (!blank && count === width) row = { cells, next: -1 };
    return false;
  });
  return row;
}

describe('AsciiRows', () => {
  it.each<[string, string, number, Cut | null]>([
    ['a plain row', 'a,b,c\nx', 3, { cells: ['a', 'b', 'c'], next: 6 }],
    ['a row ended by CRLF', 'a,b\r\nx', 2, { cells: ['a', 'b'], next: 5 }],
    ['empty fields', ',,\n', 3, { cells: ['', '', ''], next: 3 }],
    ['quoted fields', '"a,b","",c\n', 3, { cells: ['a,b', '', 'c'], next: 11 }],
    ['a quoted last field and CRLF', 'a,"b"\r\n', 2, { cells: ['a', 'b'], next: 7 }],
    ['an escaped quote (for the scanner)', '"a""b",c\n', 2, null],
    ['a quote inside a field', 'a"b,c\n', 2, null],
    ['text after a closing quote', '"a"b,c\n', 2, null],
    ['a line break inside quotes', '"a\nb",c\n', 2, null],
    ['a lone CR', 'a,b\rc,d\n', 2, null],
    ['a byte past ASCII', 'é,b\n', 2, null],
    ['a NUL', 'a\u0000,b\n', 2, null],
    ['fewer fields', 'a,b\n', 3, null],
    ['more fields', 'a,b,c\n', 2, null],
    ['a blank line', '\n', 2, null],
    ['a row the bytes cut', 'a,b', 2, null],
    ['a row cut after its CR', 'a,b\r', 2, null],
  ])('cuts %s', (_name, text, width, expected) => {
    expect(cutRow(text, width)).toEqual(expected);
  });

  it.each<[string, string, Cut | null]>([
    ['a date', 'v,2019-06-29,x\n', { cells: ['v', '2019-06-29', 'x'], next: 15 }],
    ['another field there', 'v,x,2019-06-29\n', { cells: ['v', 'x', '2019-06-29'], next: 15 }],
    [
      'a longer field (not jumped)',
      'v,2019-06-29T10,x\n',
      { cells: ['v', '2019-06-29T10', 'x'], next: 18 },
    ],
    ['a shorter field (not jumped)', 'v,19-6-29,x\n', { cells: ['v', '19-6-29', 'x'], next: 12 }],
    // Jumped unchecked: a delimiter ten bytes on makes the cut wrong; the date check refuses it.
    ['fields a jump runs over', 'v,a,b,cdefgh,x\n', { cells: ['v', 'a,b,cdefgh', 'x'], next: 15 }],
  ])('jumps over the ten bytes of field 1: %s', (_name, text, expected) => {
    expect(cutRow(text, 3, [[1, 10]])).toEqual(expected);
  });

  const pieces = fc.constantFrom('a', 'bc', ' ', ',', '"', '""', '\r', '\n', '\r\n', 'é', '\u0000');
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('cuts a row only as the text scanner reads it, and ends it where the scanner does', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 2, max: 5 }), (text, width) => {
        const cut = cutRow(text, width);
        if (cut === null) return;
        const scanned = scannedRow(text, width);
        expect(scanned?.cells).toEqual(cut.cells);
        // The next row starts where the cut says: the scanner reads the rest as the next rows.
        const rest = new TextDecoder().decode(encode(text).subarray(cut.next));
        expect(text.endsWith(rest)).toBe(true);
        expect(/\r?\n$/.test(text.slice(0, text.length - rest.length))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
