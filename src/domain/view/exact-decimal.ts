/**
 * Exact decimal arithmetic for the nice scale: numbers as fractions of big integers, read from a
 * number as it prints (as decimal.js-light reads one), so that steps such as 0.05 x 10^k come out
 * as Recharts' decimals do, not as binary floating point rounds them.
 */

/** A number as an exact fraction: numerator / denominator, the denominator positive. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

export const ZERO: Ratio = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function ratio(n: bigint, d: bigint): Ratio {
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d);
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

/** The decimal a number prints as (what decimal.js-light reads from a number), exactly. */
export function exact(value: number): Ratio {
  const [mantissa = '0', exponentText = '0'] = String(value).toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return exponent >= 0
    ? ratio(digits * 10n ** BigInt(exponent), 1n)
    : ratio(digits, 10n ** BigInt(-exponent));
}

export const add = (a: Ratio, b: Ratio) => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Ratio, b: Ratio) => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Ratio, b: Ratio) => ratio(a.n * b.n, a.d * b.d);
export const div = (a: Ratio, b: Ratio) => ratio(a.n * b.d, a.d * b.n);
export const whole = (n: number): Ratio => ({ n: BigInt(n), d: 1n });
export const tenTo = (power: number): Ratio =>
  power >= 0 ? { n: 10n ** BigInt(power), d: 1n } : { n: 1n, d: 10n ** BigInt(-power) };
export const less = (a: Ratio, b: Ratio) => a.n * b.d < b.n * a.d;

export function floorOf(a: Ratio): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

export function ceilOf(a: Ratio): number {
  const q = a.n / a.d;
  return Number(a.n > 0n && q * a.d !== a.n ? q + 1n : q);
}

/** Truncated toward zero, as decimal.js-light's modulo (ROUND_DOWN) divides. */
export function truncOf(a: Ratio): bigint {
  return a.n / a.d;
}

/** The nearest double to the fraction, as Number() reads its decimal. */
export function toNumber(a: Ratio): number {
  // A denominator of 2s and 5s only (every fraction here): its decimal ends within as many
  // places as its largest power, and Number() rounds that decimal as decimal.js-light's does.
  let places = 0;
  let power = 1n;
  while (power % a.d !== 0n && places < 1100) {
    power *= 10n;
    places++;
  }
  if (power % a.d !== 0n) return Number(a.n) / Number(a.d);
  const scaled = a.n * (power / a.d);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return Number(`${negative ? '-' : ''}${text}`);
}
