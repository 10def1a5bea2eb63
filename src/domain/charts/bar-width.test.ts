import fc from 'fast-check';
import { CATEGORY_GAP_SHARE, MIN_BAR_PX, barWidthPx, dailyBarsFit } from './bar-width';

describe('barWidthPx', () => {
  it.each([
    // 100 px per day, 80 px of bars, two bars and a 1 px gap: 39.5 px each.
    [1000, 10, 2, 1, 39.5],
    [1000, 10, 1, 1, 80],
    // A quarter of days with deliveries and production in a half-width chart: a comb.
    [500, 92, 2, 1, (500 / 92) * 0.4 - 0.5],
    [0, 92, 2, 1, 0],
    [500, 0, 2, 1, 500],
    // The gaps eat all the room: no negative widths.
    [10, 10, 4, 2, 0],
  ])('%i px, %i groups of %i bars, %i px gaps: %f px', (width, groups, bars, gap, expected) => {
    expect(barWidthPx(width, groups, bars, gap)).toBeCloseTo(expected, 9);
  });

  it('never grows with more groups or more bars per group, and fills the bands without gaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (width, groups, bars, gap) => {
          const bar = barWidthPx(width, groups, bars, gap);
          expect(bar).toBeGreaterThanOrEqual(0);
          expect(barWidthPx(width, groups + 1, bars, gap)).toBeLessThanOrEqual(bar);
          expect(barWidthPx(width, groups, bars + 1, gap)).toBeLessThanOrEqual(bar);
          // With no gap between bars, a group's bars fill exactly the band minus the category gap.
          expect(barWidthPx(width, groups, bars, 0) * bars * groups).toBeCloseTo(
            width * (1 - CATEGORY_GAP_SHARE),
            6,
          );
        },
      ),
    );
  });
});

describe('dailyBarsFit', () => {
  it.each([
    // Full width at 1280 px: 92 days of two bars are about 3.4 px each.
    [1180, 92, 2, 1, true],
    // Half width at 1280 px: about 2.2 px each, still drawn per day.
    [540, 92, 2, 1, true],
    // A phone (about 300 px of plot): under a pixel each, drawn per week instead.
    [300, 92, 2, 1, false],
    [540, 92, 1, 1, true],
    [540, 31, 2, 1, true],
    [300, 731, 1, 0, false],
  ])('%i px, %i days × %i bars, gap %i: %s', (width, days, bars, gap, fits) => {
    expect(dailyBarsFit(width, days, bars, gap)).toBe(fits);
  });

  it('agrees with the bar width and the minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 4 }),
        (width, days, bars) => {
          expect(dailyBarsFit(width, days, bars, 1)).toBe(
            barWidthPx(width, days, bars, 1) >= MIN_BAR_PX,
          );
        },
      ),
    );
  });
});
