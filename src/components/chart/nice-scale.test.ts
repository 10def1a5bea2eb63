import fc from 'fast-check';
// Recharts' own tick rule, which the domain's niceTicks follows so that given ticks draw the same
// axis as Recharts' auto-scaled one (no types for this internal path: its one function is typed here).
// @ts-expect-error -- an internal module without declarations
import * as recharts from 'recharts/es6/util/scale/getNiceTickValues';
import { fixedDomainTicks, niceTicks } from '../../domain/view/nice-scale';

/** An axis end: whole numbers, any doubles, and fractions near 0–1 (shares). */
const axisEnd = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.double({ min: 0, max: 2, noNaN: true }),
);

const { getNiceTickValues: untyped, getTickValuesFixedDomain: untypedFixed } = recharts as {
  getNiceTickValues: unknown;
  getTickValuesFixedDomain: unknown;
};

type TickRule = (
  domain: [number, number],
  tickCount: number,
  allowDecimals: boolean,
  mode: 'adaptive',
) => number[];
const getNiceTickValues = untyped as TickRule;
const getTickValuesFixedDomain = untypedFixed as TickRule;

describe('niceTicks as Recharts draws them', () => {
  it.each([
    [0, 92_000, false],
    [0, 37, false],
    [0, 1, true],
    [0, 0.3, true],
    [-1234, 98_765, false],
    [0, 399.99999999999994, false],
  ])('[%d, %d], decimals %s', (min, max, decimals) => {
    const ours = niceTicks(min, max, 5, decimals);
    if (ours !== null) expect(ours).toEqual(getNiceTickValues([min, max], 5, decimals, 'adaptive'));
  });

  it('gives the same ticks as Recharts, or none, on whole and fractional values', () => {
    fc.assert(
      fc.property(axisEnd, axisEnd, fc.boolean(), (a, b, decimals) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const ours = niceTicks(min, max, 5, decimals);
        if (ours === null) return;
        expect(ours).toEqual(getNiceTickValues([min, max], 5, decimals, 'adaptive'));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for nearly every axis of whole numbers from 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (max) => {
        expect(niceTicks(0, max, 5, false)).toEqual(
          getNiceTickValues([0, max], 5, false, 'adaptive'),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fixedDomainTicks as Recharts draws them', () => {
  it.each([
    [0, 1, true],
    [0, 1, false],
    [0, 100, false],
    [0, 0.3, true],
    [3, 3, false],
    [-7, 1234, false],
  ])('[%d, %d], decimals %s', (min, max, decimals) => {
    const ours = fixedDomainTicks(min, max, 5, decimals);
    expect(ours).not.toBeNull();
    expect(ours).toEqual(getTickValuesFixedDomain([min, max], 5, decimals, 'adaptive'));
  });

  it('leaves an end written with more digits than a double holds to Recharts (it rounds it)', () => {
    // Found by the property below (seed -690116336): ours 2, 8, 14, 20, 22; Recharts 2, 7, 12, 17, 22.
    expect(fixedDomainTicks(1.9999999999999984, 22, 5, false)).toBeNull();
    expect(niceTicks(1.9999999999999984, 22, 5, false)).toBeNull();
  });

  it('gives the same ticks as Recharts, or none', () => {
    fc.assert(
      fc.property(axisEnd, axisEnd, fc.boolean(), (a, b, decimals) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const ours = fixedDomainTicks(min, max, 5, decimals);
        if (ours === null) return;
        expect(ours).toEqual(getTickValuesFixedDomain([min, max], 5, decimals, 'adaptive'));
      }),
      { numRuns: 3000 },
    );
  });
});
