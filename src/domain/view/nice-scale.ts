import {
  ZERO,
  add,
  ceilOf,
  div,
  exact,
  floorOf,
  less,
  mul,
  sub,
  tenTo,
  toNumber,
  truncOf,
  whole,
  type Ratio,
} from './exact-decimal';

/**
 * The scale a chart library's auto-scaled number axis ends up with ([0, 'auto'] domain, five
 * "nice" ticks), worked out once from the values drawn. A chart that passes this domain and these
 * ticks draws the same axis, but its library no longer redoes the decimal arithmetic, and adding a
 * series no longer moves the axis (and everything drawn on it).
 *
 * Recharts' rules (3.x, getNiceTickValues with the adaptive step) are followed in exact decimal
 * arithmetic, as its decimal.js-light numbers are. Where it takes a base-10 logarithm of a step
 * within a hair of a power of ten, its rounding cannot be told without redoing its logarithm:
 * niceScale then answers null and the axis is left to the library.
 */

/** An axis' domain and the ticks drawn on it. */
export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

export interface NiceScaleOptions {
  /** How many ticks the library aims for (Recharts' tickCount, 5 by default). */
  tickCount?: number;
  /** Whether ticks may be fractions (false: whole numbers, e.g. vehicles). */
  allowDecimals: boolean;
}

/**
 * Recharts' getDigitCount: floor(log10(|value|)) + 1. Null when |value| is within 1e-12 of a power
 * of ten without being one (its logarithm's rounding decides there).
 */
function digitCount(value: number): number | null {
  if (value === 0) return 1;
  const size = exact(Math.abs(value));
  let power = Math.floor(Math.log10(Math.abs(value)));
  while (less(size, tenTo(power))) power--;
  while (!less(size, tenTo(power + 1))) power++;
  const below = tenTo(power + 1);
  const gap = div(sub(below, size), below);
  if (less(gap, { n: 1n, d: 10n ** 12n })) return null;
  return power + 1;
}

/** Recharts' getAdaptiveStep. */
function adaptiveStep(rough: Ratio, allowDecimals: boolean, correction: number): Ratio | null {
  if (rough.n <= 0n) return ZERO;
  const digits = digitCount(toNumber(rough));
  if (digits === null) return null;
  const stepRatio = div(rough, tenTo(digits));
  const scale = digits !== 1 ? { n: 1n, d: 20n } : { n: 1n, d: 10n };
  const amended = mul(add(whole(ceilOf(div(stepRatio, scale))), whole(correction)), scale);
  const step = mul(amended, tenTo(digits));
  return allowDecimals ? exact(toNumber(step)) : whole(Math.ceil(toNumber(step)));
}

interface Step {
  step: Ratio;
  tickMin: Ratio;
  tickMax: Ratio;
}

/** Recharts' calculateStep. */
function calculateStep(
  min: number,
  max: number,
  tickCount: number,
  allowDecimals: boolean,
  correction: number,
): Step | null {
  const low = exact(min);
  const high = exact(max);
  const step = adaptiveStep(div(sub(high, low), whole(tickCount - 1)), allowDecimals, correction);
  if (step === null || step.n === 0n) return null;
  let middle: Ratio;
  if (min <= 0 && max >= 0) middle = ZERO;
  else {
    const half = div(add(low, high), whole(2));
    middle = sub(half, sub(half, mul(step, { n: truncOf(div(half, step)), d: 1n })));
  }
  let below = ceilOf(div(sub(middle, low), step));
  let up = ceilOf(div(sub(high, middle), step));
  const count = below + up + 1;
  if (count > tickCount) return calculateStep(min, max, tickCount, allowDecimals, correction + 1);
  if (count < tickCount) {
    if (max > 0) up += tickCount - count;
    else below += tickCount - count;
  }
  return {
    step,
    tickMin: sub(middle, mul(whole(below), step)),
    tickMax: add(middle, mul(whole(up), step)),
  };
}

/** Recharts' getTickOfSingleValue. */
function singleValueTicks(value: number, tickCount: number, allowDecimals: boolean): number[] {
  let step: Ratio = whole(1);
  let middle = exact(value);
  const isWhole = Number.isInteger(value);
  if (!isWhole && allowDecimals) {
    if (Math.abs(value) < 1) {
      const digits = digitCount(value);
      step = tenTo((digits ?? 0) - 1);
      middle = mul({ n: floorOf(div(middle, step)), d: 1n }, step);
    } else if (Math.abs(value) > 1) middle = whole(Math.floor(value));
  } else if (value === 0) middle = whole(Math.floor((tickCount - 1) / 2));
  else if (!allowDecimals) middle = whole(Math.floor(value));
  const middleIndex = Math.floor((tickCount - 1) / 2);
  return Array.from({ length: tickCount }, (_, i) =>
    toNumber(add(middle, mul(whole(i - middleIndex), step))),
  );
}

/**
 * Ends that are not numbers or out of order, of near no size, or a span tiny beside them: the
 * library's 20-digit decimals round where exact fractions do not, so its ticks are left to it.
 */
function unpredictable(min: number, max: number): boolean {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return true;
  if ([min, max].some((end) => end !== 0 && Math.abs(end) < 1e-9)) return true;
  // An end written with more digits than a double holds for sure (1.9999999999999984): the
  // library rounds it on the way, exact fractions do not (2, 8, 14 … against its 2, 7, 12 …).
  if (significantDigits(min) > 15 || significantDigits(max) > 15) return true;
  return min !== max && max - min < Math.max(Math.abs(min), Math.abs(max)) * 1e-6;
}

/** The significant digits of the shortest decimal that reads back as `value`. */
function significantDigits(value: number): number {
  const mantissa = Math.abs(value).toExponential().split('e')[0] ?? '';
  return mantissa.replace('.', '').length;
}

/** Recharts' getNiceTickValues([min, max], tickCount, allowDecimals, 'adaptive'); min ≤ max. */
export function niceTicks(
  min: number,
  max: number,
  tickCount: number,
  allowDecimals: boolean,
): number[] | null {
  if (unpredictable(min, max)) return null;
  const count = Math.max(tickCount, 2);
  if (min === max) {
    if (!Number.isInteger(min) && allowDecimals && Math.abs(min) < 1 && digitCount(min) === null)
      return null;
    return singleValueTicks(min, tickCount, allowDecimals);
  }
  const found = calculateStep(min, max, count, allowDecimals, 0);
  if (found === null) return null;
  const { step, tickMin, tickMax } = found;
  return ticksBelow(tickMin, add(tickMax, mul({ n: 1n, d: 10n }, step)), step);
}

/** The ticks from `from` by `step` while below `end` (Recharts' range loop; 100,000 at most). */
function ticksBelow(from: Ratio, end: Ratio, step: Ratio): number[] {
  const ticks: number[] = [];
  for (let tick = from; less(tick, end) && ticks.length < 100_000; tick = add(tick, step))
    ticks.push(toNumber(tick));
  return ticks;
}

/**
 * Recharts' getTickValuesFixedDomain([min, max], tickCount, allowDecimals, 'adaptive'): the ticks
 * of a number axis whose domain is given (a share's 0–1), its ends kept. Null where it cannot be
 * told (as niceTicks).
 */
export function fixedDomainTicks(
  min: number,
  max: number,
  tickCount: number,
  allowDecimals: boolean,
): number[] | null {
  if (unpredictable(min, max)) return null;
  if (min === max) return [min];
  const count = Math.max(tickCount, 2);
  const low = exact(min);
  const step = adaptiveStep(div(sub(exact(max), low), whole(count - 1)), allowDecimals, 0);
  if (step === null || step.n === 0n) return null;
  let ticks = ticksBelow(low, exact(max), step);
  ticks.push(max);
  if (!allowDecimals) {
    ticks = ticks.map((tick) => Math.round(tick));
    const last = ticks.length - 1;
    if (last > 0 && ticks[last] === ticks[last - 1]) ticks = ticks.slice(0, last);
  }
  return ticks;
}

/**
 * The scale of a number axis with Recharts' default domain [0, 'auto'] over `values` (the values
 * of every series on it, and of reference lines that extend it): from 0, or the lowest value if
 * below 0, to the highest value, then widened to its nice ticks. Null with no finite value (the
 * library draws no ticks then) or none at or above 0, or where its rounding cannot be told.
 */
export function niceScale(values: Iterable<number>, options: NiceScaleOptions): NiceScale | null {
  let lowest = Infinity;
  let highest = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  // All below 0: [0, highest] is no interval, and the library's answer is not this one.
  if (highest === -Infinity || highest < 0) return null;
  const min = Math.min(0, lowest);
  const max = highest;
  const ticks = niceTicks(min, max, options.tickCount ?? 5, options.allowDecimals);
  if (ticks === null || ticks.length === 0) return null;
  return {
    domain: [Math.min(min, ticks[0] ?? min), Math.max(max, ticks[ticks.length - 1] ?? max)],
    ticks,
  };
}
