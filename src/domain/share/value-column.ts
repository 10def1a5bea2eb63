import { LARGEST_SIGNED, varintSize, zigzag, type ByteWriter } from './byte-writer';
import type { ByteReader } from './byte-reader';

/**
 * How one measure's values are written, chosen per measure as the smallest that is exact:
 * - integer: each value (zig-zag varint); blanks are 0 and values shift up by one.
 * - delta: the change from the series' previous value: daily counts vary less from day to day
 *   than they are large, and levels (backlog, inventory) change slowly.
 * - backlog: what is left after the identity backlog(d) = backlog(d − 1) + orders(d) −
 *   deliveries(d) (PRODUCT.md §1): where the data keeps it, the whole column costs a byte a day.
 * - float: 8 bytes a value, for fractions (monthly figures spread over their days).
 */
export const COLUMN_MODES = ['integer', 'delta', 'backlog', 'float'] as const;
export type ColumnMode = (typeof COLUMN_MODES)[number];

/** Integers above this go to float mode: their residuals must stay exact, zig-zagged varints. */
const LARGEST_INTEGER = 2 ** 50;

/** The columns the backlog identity predicts from; absent columns count as 0. */
export interface FlowColumns {
  orders?: Float64Array;
  deliveries?: Float64Array;
}

/** One series' rows (indices into the columns), in day order. */
export type SeriesRows = ArrayLike<number>;

function prediction(mode: ColumnMode, previous: number, row: number, flows: FlowColumns): number {
  if (mode === 'integer') return 0;
  if (mode === 'delta') return previous;
  const orders = flows.orders?.[row] ?? NaN;
  const deliveries = flows.deliveries?.[row] ?? NaN;
  return (
    previous + (Number.isNaN(orders) ? 0 : orders) - (Number.isNaN(deliveries) ? 0 : deliveries)
  );
}

function isCodableInteger(value: number): boolean {
  return Number.isSafeInteger(value) && Math.abs(value) <= LARGEST_INTEGER && !Object.is(value, -0);
}

/**
 * The residual codes of a mode, or null when the mode cannot write the column exactly. Code 0 is
 * a blank; a value's code is its zig-zagged residual + 1.
 */
function residualCodes(
  mode: Exclude<ColumnMode, 'float'>,
  values: Float64Array,
  series: readonly SeriesRows[],
  flows: FlowColumns,
): number[] | null {
  const codes: number[] = [];
  for (const rows of series) {
    let previous = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      const value = values[row] as number;
      if (Number.isNaN(value)) {
        codes.push(0);
        continue;
      }
      if (!isCodableInteger(value)) return null;
      const residual = value - prediction(mode, previous, row, flows);
      if (!Number.isSafeInteger(residual) || Math.abs(residual) >= LARGEST_SIGNED) return null;
      codes.push(zigzag(residual) + 1);
      previous = value;
    }
  }
  return codes;
}

/** The modes a column may use: only the backlog is predicted from the other columns. */
function integerModes(isBacklog: boolean): Exclude<ColumnMode, 'float'>[] {
  return isBacklog ? ['integer', 'delta', 'backlog'] : ['integer', 'delta'];
}

export function writeColumn(
  writer: ByteWriter,
  values: Float64Array,
  series: readonly SeriesRows[],
  flows: FlowColumns,
  isBacklog: boolean,
): ColumnMode {
  let best: { mode: ColumnMode; codes: number[]; size: number } | null = null;
  for (const mode of integerModes(isBacklog)) {
    const codes = residualCodes(mode, values, series, flows);
    if (codes === null) continue;
    const size = codes.reduce((sum, code) => sum + varintSize(code), 0);
    if (best === null || size < best.size) best = { mode, codes, size };
  }
  if (best === null) {
    writer.byte(COLUMN_MODES.indexOf('float'));
    for (const rows of series) {
      for (let i = 0; i < rows.length; i++) writer.float64(values[rows[i] as number] as number);
    }
    return 'float';
  }
  writer.byte(COLUMN_MODES.indexOf(best.mode));
  for (const code of best.codes) writer.varint(code);
  return best.mode;
}

/** Reads a column written by writeColumn into `values`; false when the mode byte is not one. */
export function readColumn(
  reader: ByteReader,
  values: Float64Array,
  series: readonly SeriesRows[],
  flows: FlowColumns,
  isBacklog: boolean,
): boolean {
  const mode = COLUMN_MODES[reader.byte()];
  if (mode === undefined || (mode === 'backlog' && !isBacklog)) return false;
  for (const rows of series) {
    let previous = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as number;
      if (mode === 'float') {
        values[row] = reader.float64();
        continue;
      }
      const code = reader.varint();
      if (code === 0) {
        values[row] = NaN;
        continue;
      }
      const residual = code % 2 === 1 ? (code - 1) / 2 : -code / 2;
      const value = prediction(mode, previous, row, flows) + residual;
      values[row] = value;
      previous = value;
    }
  }
  return !reader.failed;
}
