import fc from 'fast-check';
import { FarDateTally } from './far-date-tally';
import { IssueTally } from './issue-tally';

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

describe('FarDateTally, sightings only counted', () => {
  it.each([
    [0, false],
    [8, false],
    [9, true],
    [20, true],
  ])('a day seen %i times has its later sightings only counted: %s', (times, countOnly) => {
    const tally = new FarDateTally();
    for (let row = 0; row < times; row++) tally.see(18_000, row, 'Date');
    expect(tally.isCountOnly(18_000)).toBe(countOnly);
    expect(tally.isCountOnly(18_001)).toBe(false);
  });

  it('adds counted sightings as seeing them one by one would, and refuses a day still kept', () => {
    const table = { file: 'v.csv', sheet: null, rows: [], rowNumbers: [], notes: [] };
    const seen = new FarDateTally();
    const counted = new FarDateTally();
    // A far day (3 sightings) among a bulk of one day seen 500 times.
    for (let row = 0; row < 500; row++) seen.see(18_000, row, 'Date');
    for (let row = 0; row < 9; row++) counted.see(18_000, row, 'Date');
    counted.addCountOnly(18_000, 491);
    for (const tally of [seen, counted])
      [0, 1, 2].forEach((k) => tally.see(25_000, 600 + k, 'Date'));
    expect(() => counted.addCountOnly(25_000, 1)).toThrow(/still keeps its sightings/);
    const issues = (tally: FarDateTally) => {
      const found = new IssueTally();
      tally.addIssues(table, found);
      return found.summarised();
    };
    expect(issues(counted)).toEqual(issues(seen));
    expect(issues(seen).length).toBeGreaterThan(0);
    expect(counted.dayRange()).toEqual(seen.dayRange());
  });
});
