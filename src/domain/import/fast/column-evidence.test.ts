import fc from 'fast-check';
import { describeColumn, detectDateOrder, detectNumberLocale } from '../normalise/detect-column';
import type { Cell } from '../types';
import { DateEvidence, NumberEvidenceTally } from './column-evidence';

const dateCells: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(
    null,
    '',
    'n/a',
    '2019-06-29',
    ' 2019-06-29 ',
    '29/06/2019',
    '06/29/2019',
    '03/04/2019',
    '04/04/2019',
    '5/5/19',
    '2019-06',
    'Jun 2019',
    '2019-Q2',
    '43645',
    'soon',
    true,
    { kind: 'date', day: 18_076 },
    { kind: 'error', code: '#N/A' },
  ),
  fc.integer({ min: 0, max: 90_000 }),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }))
    .map(([a, b]) => `${a}/${b}/2019`),
);

const numberCells: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(
    null,
    '',
    '-',
    'n/a',
    '12',
    '1,234',
    '1.234',
    '1.234,5',
    '1,234.5',
    '1 234',
    '1 234,5',
    '2,5',
    'x',
    7,
  ),
  fc.integer({ min: -5000, max: 5000 }).map(String),
);

describe('DateEvidence', () => {
  it('decides as detectDateOrder and counts as describeColumn, cell by cell', () => {
    fc.assert(
      fc.property(fc.array(dateCells, { maxLength: 30 }), fc.boolean(), (cells, uses1904) => {
        const evidence = new DateEvidence();
        for (const cell of cells) evidence.addCell(cell);
        expect(evidence.decide(uses1904)).toEqual(detectDateOrder(cells, uses1904));
        const content = describeColumn(cells);
        expect([evidence.dates, evidence.periods]).toEqual([content.dates, content.periods]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, string, number, number]>([
    ['a day-first date', '29/06/2019', 29, 6],
    ['a month-first date', '06/29/2019', 6, 29],
    ['an ambiguous date', '03/04/2019', 3, 4],
  ])('reads %s given in parts as the whole text', (_name, text, first, second) => {
    const fromParts = new DateEvidence();
    fromParts.addDayMonth(first, second, { text: () => text }, 0);
    const fromText = new DateEvidence();
    fromText.addCell(text);
    expect(fromParts).toEqual(fromText);
  });

  it('reads a plain ISO date as the whole text', () => {
    const fromParts = new DateEvidence();
    fromParts.addYearFirst();
    const fromText = new DateEvidence();
    fromText.addCell('2019-06-29');
    expect(fromParts).toEqual(fromText);
  });
});

describe('NumberEvidenceTally', () => {
  it('decides as detectNumberLocale, cell by cell', () => {
    fc.assert(
      fc.property(fc.array(numberCells, { maxLength: 30 }), (cells) => {
        const tally = new NumberEvidenceTally();
        for (const cell of cells) tally.addCell(cell);
        expect(tally.decide()).toEqual(detectNumberLocale(cells));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('DateEvidence.addYearFirsts', () => {
  it('counts as many yyyy-mm-dd cells as addYearFirst one by one', () => {
    const once = new DateEvidence();
    const oneByOne = new DateEvidence();
    once.addYearFirsts(3);
    for (let k = 0; k < 3; k++) oneByOne.addYearFirst();
    expect(once).toEqual(oneByOne);
    expect(once.dates).toBe(3);
  });
});
