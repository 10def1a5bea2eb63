import fc from 'fast-check';
import { FarDateTally } from './far-date-tally';

describe('FarDateTally.dayRange', () => {
  it.each<[string, number[], { first: number; last: number } | null]>([
    ['nothing seen', [], null],
    ['one day', [18_000], { first: 18_000, last: 18_000 }],
    [
      'days in any order, far apart',
      [18_100, 17_000, 18_100, 25_000],
      { first: 17_000, last: 25_000 },
    ],
  ])('%s', (_name, days, expected) => {
    const tally = new FarDateTally();
    days.forEach((day, row) => tally.see(day, row + 2, 'Date'));
    expect(tally.dayRange()).toEqual(expected);
  });

  it('is the smallest and the largest day seen, however the counts grew', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10_957, max: 47_482 }), { minLength: 1, maxLength: 200 }),
        (days) => {
          const tally = new FarDateTally();
          days.forEach((day, row) => tally.see(day, row, 'Date'));
          expect(tally.dayRange()).toEqual({ first: Math.min(...days), last: Math.max(...days) });
        },
      ),
    );
  });
});
