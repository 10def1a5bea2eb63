import fc from 'fast-check';
import {
  add,
  ceilOf,
  div,
  exact,
  floorOf,
  mul,
  ratio,
  toNumber,
  truncOf,
  whole,
} from './exact-decimal';

describe('exact decimals', () => {
  it.each([
    { value: 0.1, n: 1n, d: 10n },
    { value: -2.5e-7, n: -1n, d: 4_000_000n },
    { value: 1e21, n: 10n ** 21n, d: 1n },
    { value: 1234.5, n: 2469n, d: 2n },
    { value: 0, n: 0n, d: 1n },
  ])('reads $value as it prints: $n / $d', ({ value, n, d }) => {
    expect(exact(value)).toEqual({ n, d });
  });

  it.each([
    { name: '0.1 + 0.2', result: add(exact(0.1), exact(0.2)), expected: 0.3 },
    { name: '0.05 x 3', result: mul(exact(0.05), whole(3)), expected: 0.15 },
    { name: '1 / 3 x 3', result: mul(div(whole(1), whole(3)), whole(3)), expected: 1 },
  ])('$name is exactly $expected', ({ result, expected }) => {
    expect(toNumber(result)).toBe(expected);
  });

  it.each([
    { value: ratio(7n, 2n), floor: 3n, ceil: 4, trunc: 3n },
    { value: ratio(-7n, 2n), floor: -4n, ceil: -3, trunc: -3n },
    { value: ratio(6n, 3n), floor: 2n, ceil: 2, trunc: 2n },
    { value: ratio(-6n, 3n), floor: -2n, ceil: -2, trunc: -2n },
  ])(
    'rounds $value.n/$value.d: floor $floor, ceil $ceil, toward 0 $trunc',
    ({ value, floor, ceil, trunc }) => {
      expect(floorOf(value)).toBe(floor);
      expect(ceilOf(value)).toBe(ceil);
      expect(truncOf(value)).toBe(trunc);
    },
  );

  it('gives back every number it read', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(toNumber(exact(value))).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});
