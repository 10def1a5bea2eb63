import fc from 'fast-check';
import { readUsualCell, type UsualCell } from './sheet-cell-usual';

const ROW = 12;

function read(xml: string, rowNumber = ROW): (UsualCell & { end: number }) | null {
  const bytes = new TextEncoder().encode(xml);
  const cell: UsualCell = { column: -1, type: 0, style: 0, value: 0 };
  const end = readUsualCell(bytes, 0, bytes.length, rowNumber, cell);
  return end < 0 ? null : { ...cell, end };
}

/** The usual form by a regular expression: what readUsualCell must read, and nothing else. */
const USUAL = /^<c r="([A-Z]+)(\d+)"((?: [ts]="[^"]*")*)><v>(\d{1,15})<\/v><\/c>/;

function expected(xml: string, rowNumber = ROW): (UsualCell & { end: number }) | null {
  const match = USUAL.exec(xml);
  if (!match || Number(match[2]) !== rowNumber) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  let type = 0x6e;
  let style = -1;
  for (const [, name, value] of (match[3] ?? '').matchAll(/ ([ts])="([^"]*)"/g)) {
    if (name === 't' && value?.length === 1) type = value.charCodeAt(0);
    else if (name === 's' && /^\d+$/.test(value ?? '')) style = Number(value);
    else return null;
  }
  return { column: column - 1, type, style, value: Number(match[4]), end: match[0].length };
}

describe('readUsualCell', () => {
  it.each<[string, string, Partial<UsualCell> | null]>([
    ['a shared string', '<c r="B12" t="s"><v>3</v></c>', { column: 1, type: 0x73, value: 3 }],
    ['a styled number', '<c r="AA12" s="1"><v>43701</v></c>', { column: 26, style: 1 }],
    ['both, s first', '<c r="C12" s="2" t="n"><v>7</v></c>', { type: 0x6e, style: 2, value: 7 }],
    ['a cell of another row', '<c r="B13" t="s"><v>3</v></c>', null],
    ['no r', '<c t="s"><v>3</v></c>', null],
    ['a formula', '<c r="B12"><f>A1</f><v>3</v></c>', null],
    ['a fraction', '<c r="B12"><v>1.5</v></c>', null],
    ['an empty value', '<c r="B12"><v></v></c>', null],
    ['16 digits', '<c r="B12"><v>1234567890123456</v></c>', null],
    ['an entity', '<c r="B12"><v>1&amp;</v></c>', null],
    ['an empty cell', '<c r="B12"/>', null],
    ['another attribute', '<c r="B12" cm="1"><v>3</v></c>', null],
  ])('reads %s', (_name, xml, cell) => {
    const read12 = read(xml);
    expect(read12).toEqual(expected(xml));
    if (cell === null) expect(read12).toBeNull();
    else expect(read12).toMatchObject(cell);
  });

  it('reads what the usual form matches, and nothing else', () => {
    const part = fc.constantFrom('A', 'B', 'AB', 'z', '12', '13', '0', '', '"', ' ', '>', '.5');
    const attribute = fc
      .tuple(fc.constantFrom(' t', ' s', ' x', 't'), fc.array(part, { maxLength: 2 }))
      .map(([name, value]) => `${name}="${value.join('')}"`);
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 3 }),
        fc.array(attribute, { maxLength: 3 }),
        fc.array(part, { maxLength: 3 }),
        fc.constantFrom('</v></c>', '</v></c><c', '</v>', ''),
        (reference, attributes, value, close) => {
          const xml = `<c r="${reference.join('')}"${attributes.join('')}><v>${value.join('')}${close}`;
          expect(read(xml)).toEqual(expected(xml));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
