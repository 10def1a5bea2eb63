import fc from 'fast-check';
import { lttb, lttbIndices } from './lttb';

const pointsArbitrary = fc
  .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 400 })
  .map((ys) => ys.map((y, x) => ({ x, y })));

describe('lttb', () => {
  it.each([
    [[], 3],
    [[{ x: 0, y: 1 }], 3],
    [
      [
        { x: 0, y: 1 },
        { x: 1, y: 5 },
        { x: 2, y: 2 },
      ],
      3,
    ],
  ])('returns %j unchanged with threshold %i', (points, threshold) => {
    expect(
      lttb(
        points,
        threshold,
        (p) => p.x,
        (p) => p.y,
      ),
    ).toEqual(points);
  });

  it.each([
    // A single spike in a flat line survives.
    [[0, 0, 0, 0, 100, 0, 0, 0, 0, 0], 3, [0, 4, 9]],
    // A dip survives too.
    [[5, 5, 5, 5, 5, 5, -50, 5, 5, 5], 3, [0, 6, 9]],
    // Threshold 2 keeps the ends only.
    [[1, 2, 3, 4, 5], 2, [0, 4]],
    // Two buckets of four: the extreme of each bucket is kept.
    [[0, 1, 9, 1, 0, 0, -9, 0, 0, 0], 4, [0, 2, 6, 9]],
  ])('keeps the shape of %j with threshold %i: %j', (ys, threshold, expected) => {
    expect(
      lttbIndices(
        ys.map((_, i) => i),
        ys,
        threshold,
      ),
    ).toEqual(expected);
  });

  it.each([0, 1, 2.5, -3])('rejects threshold %d as a bug', (threshold) => {
    expect(() => lttbIndices([0, 1, 2, 3], [0, 1, 2, 3], threshold)).toThrow(RangeError);
  });

  it('rejects x and y of different lengths', () => {
    expect(() => lttbIndices([0, 1], [0], 2)).toThrow(RangeError);
  });

  it('keeps the first and last point and at most threshold points, in order', () => {
    fc.assert(
      fc.property(pointsArbitrary, fc.integer({ min: 2, max: 300 }), (points, threshold) => {
        const kept = lttb(
          points,
          threshold,
          (p) => p.x,
          (p) => p.y,
        );
        expect(kept.length).toBeLessThanOrEqual(Math.max(threshold, 0));
        expect(kept.length).toBe(Math.min(points.length, threshold));
        if (points.length > 0) {
          expect(kept[0]).toBe(points[0]);
          expect(kept.at(-1)).toBe(points.at(-1));
        }
        for (let i = 1; i < kept.length; i++) {
          expect(kept[i]!.x).toBeGreaterThan(kept[i - 1]!.x);
        }
        // Kept points are input points, never averages.
        for (const point of kept) expect(points).toContain(point);
      }),
    );
  });

  it('returns the input unchanged when it is not longer than the threshold', () => {
    fc.assert(
      fc.property(pointsArbitrary, fc.integer({ min: 2, max: 500 }), (points, extra) => {
        const threshold = points.length + extra;
        expect(
          lttb(
            points,
            threshold,
            (p) => p.x,
            (p) => p.y,
          ),
        ).toEqual(points);
      }),
    );
  });
});
