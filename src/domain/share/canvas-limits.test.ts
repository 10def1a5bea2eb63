import fc from 'fast-check';
import { CANVAS_LIMITS, fitCanvas } from './canvas-limits';

describe('fitCanvas', () => {
  it.each([
    ['a chart', 640, 320, 2, { width: 1280, height: 640, scale: 2, reduced: false }],
    ['the dashboard', 1280, 4200, 2, { width: 2560, height: 8400, scale: 2, reduced: false }],
    ['a long page', 1280, 12_000, 2, { width: 1748, height: 16_384, reduced: true }],
    ['a wide and tall page', 12_000, 12_000, 2, { width: 16_384, height: 16_384, reduced: true }],
  ])('draws %s of %i × %i at %i×', (_, width, height, scale, expected) => {
    expect(fitCanvas(width, height, scale)).toMatchObject(expected);
  });

  it('says how much smaller and why when it had to scale down', () => {
    const fit = fitCanvas(1280, 12_000);
    expect(fit.note).toMatch(
      /^The image is 1,748 × 16,384 pixels, 68% of full size: a browser cannot draw/,
    );
    expect(fitCanvas(640, 320).note).toBeNull();
  });

  it('never passes the limits, never goes above the wanted scale, and scales down only when needed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200_000, noNaN: true }),
        fc.double({ min: 1, max: 200_000, noNaN: true }),
        fc.constantFrom(1, 2, 3),
        (width, height, wanted) => {
          const fit = fitCanvas(width, height, wanted);
          expect(fit.width).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
          expect(fit.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
          expect(fit.width * fit.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
          expect(fit.scale).toBeLessThanOrEqual(wanted);
          const fits =
            width * wanted <= CANVAS_LIMITS.maxSide - 0.5 &&
            height * wanted <= CANVAS_LIMITS.maxSide - 0.5 &&
            (width * wanted + 0.5) * (height * wanted + 0.5) <= CANVAS_LIMITS.maxArea;
          if (fits) expect(fit).toMatchObject({ scale: wanted, reduced: false });
          if (fit.reduced) expect(fit.note).not.toBeNull();
        },
      ),
    );
  });

  it.each([
    [0, 100],
    [100, -1],
    [NaN, 100],
  ])('refuses %d × %d: nothing to draw is a bug in the caller', (width, height) => {
    expect(() => fitCanvas(width, height)).toThrow(RangeError);
  });
});
