import type { ImportIssue, ImportResult } from '../import/types';
import { GRANULARITY_CODES, type Dataset } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import { SCHEMA_VERSION, type StoredDatasetPayload } from './schema';

type TypedArray = Int32Array | Uint16Array | Uint8Array | Float64Array;

/**
 * A view onto part of a larger buffer would be stored with the whole buffer (structured clone
 * copies buffers, not views): such a column is copied to its own buffer first.
 */
function ownBuffer<T extends TypedArray>(array: T): T {
  const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
  return whole ? array : (array.slice() as T);
}

/** The dataset in the form kept in IndexedDB. The columns are stored as they are. */
export function toStored(dataset: Dataset): StoredDatasetPayload {
  const measures: Partial<Record<Measure, Float64Array>> = {};
  for (const measure of MEASURES) {
    const column = dataset.measures[measure];
    if (column) measures[measure] = ownBuffer(column);
  }
  return {
    version: SCHEMA_VERSION,
    days: ownBuffer(dataset.days),
    regionIndex: ownBuffer(dataset.regionIndex),
    modelIndex: ownBuffer(dataset.modelIndex),
    regions: [...dataset.regions],
    models: [...dataset.models],
    measures,
    granularity: ownBuffer(dataset.granularity),
    sources: [...dataset.sources],
  };
}

class CorruptStoredDataset {
  constructor(readonly issue: ImportIssue) {}
}

/**
 * Reads a stored dataset back, checking everything a damaged or foreign record could get wrong:
 * the version, the type and length of every column, indexes inside their lists, and the order.
 * `place` names the dataset in messages. A bad record gives an error value, never an exception.
 */
export function fromStored(payload: unknown, place: string): ImportResult<Dataset> {
  try {
    return { ok: true, value: readPayload(payload, place), issues: [] };
  } catch (caught) {
    if (caught instanceof CorruptStoredDataset) {
      return { ok: false, error: caught.issue, issues: [] };
    }
    throw caught;
  }
}

function corrupt(place: string, code: string, message: string, column?: string, row?: number) {
  return new CorruptStoredDataset({
    code,
    severity: 'error',
    message: `The stored dataset "${place}" cannot be read: ${message}`,
    file: place,
    ...(column === undefined ? {} : { column }),
    ...(row === undefined ? {} : { row }),
    hint: 'Remove it from the dataset list and import its files again.',
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * By its internal type rather than instanceof: an array cloned in another realm (a worker, a
 * test environment) is just as good, and a plain object posing as one is not.
 */
function isTypedArray<T extends TypedArray>(value: unknown, name: string): value is T {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === `[object ${name}]`;
}

function column<T extends TypedArray>(
  payload: Record<string, unknown>,
  field: string,
  kind: { new (length: number): T; name: string },
  length: number | null,
  place: string,
): T {
  const value = payload[field];
  if (!isTypedArray<T>(value, kind.name)) {
    throw corrupt(place, 'stored-column-type', `${field} is not an ${kind.name}.`, field);
  }
  if (length !== null && value.length !== length) {
    throw corrupt(
      place,
      'stored-column-length',
      `${field} has ${value.length} values for ${length} records.`,
      field,
    );
  }
  return value;
}

function texts(payload: Record<string, unknown>, field: string, place: string): string[] {
  const value = payload[field];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw corrupt(place, 'stored-list-type', `${field} is not a list of texts.`, field);
  }
  return [...(value as string[])];
}

function readPayload(payload: unknown, place: string): Dataset {
  if (!isRecord(payload)) throw corrupt(place, 'stored-not-a-dataset', 'it is not a dataset.');
  if (payload.version !== SCHEMA_VERSION) {
    const newer = typeof payload.version === 'number' && payload.version > SCHEMA_VERSION;
    throw corrupt(
      place,
      newer ? 'stored-newer-version' : 'stored-unknown-version',
      newer
        ? `it was saved by a newer version of Record Pace (format ${payload.version}).`
        : `its format ${JSON.stringify(payload.version)} is unknown.`,
      'version',
    );
  }
  const days = column(payload, 'days', Int32Array, null, place);
  const size = days.length;
  const regionIndex = column(payload, 'regionIndex', Uint16Array, size, place);
  const modelIndex = column(payload, 'modelIndex', Uint16Array, size, place);
  const granularity = column(payload, 'granularity', Uint8Array, size, place);
  const regions = texts(payload, 'regions', place);
  const models = texts(payload, 'models', place);
  const sources = texts(payload, 'sources', place);
  if (!isRecord(payload.measures)) {
    throw corrupt(place, 'stored-not-a-dataset', 'it has no measure columns.', 'measures');
  }
  const measures: Partial<Record<Measure, Float64Array>> = {};
  for (const [name, values] of Object.entries(payload.measures)) {
    if (!(MEASURES as readonly string[]).includes(name)) {
      throw corrupt(place, 'stored-unknown-measure', `it has an unknown measure "${name}".`, name);
    }
    measures[name as Measure] = column({ [name]: values }, name, Float64Array, size, place);
  }
  checkRows({ days, regionIndex, modelIndex, granularity, regions, models }, place);
  return { days, regionIndex, modelIndex, regions, models, measures, granularity, sources };
}

function checkRows(
  dataset: Pick<
    Dataset,
    'days' | 'regionIndex' | 'modelIndex' | 'granularity' | 'regions' | 'models'
  >,
  place: string,
): void {
  const { days, regionIndex, modelIndex, granularity, regions, models } = dataset;
  for (let row = 0; row < days.length; row++) {
    const region = regionIndex[row]!;
    const model = modelIndex[row]!;
    if (region >= regions.length) {
      throw corrupt(
        place,
        'stored-bad-index',
        `record ${row + 1} has no region.`,
        'regionIndex',
        row + 1,
      );
    }
    if (model >= models.length) {
      throw corrupt(
        place,
        'stored-bad-index',
        `record ${row + 1} has no model.`,
        'modelIndex',
        row + 1,
      );
    }
    if (granularity[row]! >= GRANULARITY_CODES.length) {
      throw corrupt(
        place,
        'stored-bad-index',
        `record ${row + 1} has an unknown granularity.`,
        'granularity',
        row + 1,
      );
    }
    if (row === 0) continue;
    const order =
      days[row]! - days[row - 1]! || region - regionIndex[row - 1]! || model - modelIndex[row - 1]!;
    if (order <= 0) {
      throw corrupt(
        place,
        'stored-order',
        `record ${row + 1} is out of order or repeats the one before.`,
        'days',
        row + 1,
      );
    }
  }
}
