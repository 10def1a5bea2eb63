import fc from 'fast-check';
import type { Cell } from '../types';
import { createSheetXmlScanner } from './sheet-xml-scanner';

const STRINGS = ['VIN', 'Norway', '', 'Model Y'];
const CONTEXT = { strings: STRINGS, dateStyles: [false, true], cellBudget: 1_000_000 };

/** A cell in one of the forms the scanner reads: usual, or only by its general reading. */
const cellXml = fc.oneof(
  fc.nat({ max: 3 }).map((index) => (ref: string) => `<c r="${ref}" t="s"><v>${index}</v></c>`),
  fc
    .integer({ min: 1, max: 60_000 })
    // Serial 60 is the leap day that never was (1900-02-29): a problem, tested below.
    .filter((serial) => serial !== 60)
    .map((serial) => (ref: string) => `<c r="${ref}" s="1"><v>${serial}</v></c>`),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .map((value) => (ref: string) => `<c r="${ref}"><v>${value}</v></c>`),
  fc.constantFrom(
    (ref: string) => `<c r="${ref}" t="b"><v>1</v></c>`,
    (ref: string) => `<c r="${ref}"/>`,
  ),
  fc.nat({ max: 3 }).map((index) => () => `<c  t="s" ><v>${index}</v></c>`),
);

const sheetXml = fc
  .array(fc.array(fc.tuple(fc.nat({ max: 2 }), cellXml), { maxLength: 5 }), { maxLength: 30 })
  .map((rows) => {
    const body = rows.map((cells, index) => {
      let column = 0;
      const xml = cells.map(([gap, cell]) => {
        column += gap + 1;
        return cell(`${String.fromCharCode(64 + column)}${index + 1}`);
      });
      return `<row r="${index + 1}" spans="1:9">${xml.join('')}</row>`;
    });
    return new TextEncoder().encode(
      `<?xml version="1.0"?><worksheet><sheetData>${body.join('')}</sheetData></worksheet>`,
    );
  });

/** The rows read when the XML comes in chunks cut at `cuts`, each in a buffer then reused. */
function rowsOf(
  xml: Uint8Array,
  cuts: number[],
): { rows: [number, Cell[]][]; problem: string | null } {
  const rows: [number, Cell[]][] = [];
  const scanner = createSheetXmlScanner(CONTEXT, (row) => {
    rows.push([row.number, row.cells()]);
    return true;
  });
  const ends = [...new Set(cuts.map((cut) => cut % (xml.length + 1)))].sort((a, b) => a - b);
  const reused = new Uint8Array(xml.length);
  let from = 0;
  for (const end of [...ends, xml.length]) {
    if (end < from) continue;
    reused.set(xml.subarray(from, end));
    if (!scanner.push(reused.subarray(0, end - from), end === xml.length)) break;
    reused.fill(0x3c);
    from = end;
  }
  return { rows, problem: scanner.problem };
}

describe('createSheetXmlScanner', () => {
  it('reads the same rows however the XML is cut into chunks, from buffers reused', () => {
    fc.assert(
      fc.property(sheetXml, fc.array(fc.nat(), { maxLength: 8 }), (xml, cuts) => {
        const whole = rowsOf(xml, []);
        expect(whole.problem).toBeNull();
        expect(rowsOf(xml, cuts)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, string, string]>([
    [
      'a cell of another row',
      '<row r="1"><c r="A2"><v>1</v></c></row>',
      'a cell is not in its row',
    ],
    [
      'cells out of order',
      '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>',
      'cells are out of order',
    ],
    [
      'a missing shared string',
      '<row r="1"><c r="A1" t="s"><v>9</v></c></row>',
      'a shared string is missing',
    ],
    [
      'the leap day that never was',
      '<row r="1"><c r="A1" s="1"><v>60</v></c></row>',
      'a date is not a calendar day',
    ],
    [
      'a formula',
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>',
      'a cell holds a formula or an inline string',
    ],
  ])('stops at %s, saying why', (_name, rows, problem) => {
    const xml = new TextEncoder().encode(`<worksheet><sheetData>${rows}</sheetData></worksheet>`);
    expect(rowsOf(xml, []).problem).toBe(problem);
  });
});
