import { allocateDataset, GRANULARITY_CODES, type Dataset } from '../records/dataset';
import { MEASURES, type Measure } from '../records/measures';
import { ByteReader } from './byte-reader';
import { ByteWriter } from './byte-writer';
import type { SharePayload, ShareResult } from './types';
import { readColumn, writeColumn, type FlowColumns } from './value-column';

/** A granularity byte of 255 says the series' rows each carry their own code. */
const MIXED_GRANULARITY = 255;
/** Int32Array holds the days; anything beyond it is damage, not a date. */
const LARGEST_DAY = 2 ** 31 - 1;

interface Series {
  region: number;
  model: number;
  rows: number[];
}

/** The rows of each region × model, in day order, series ordered by region then model. */
function seriesOf(dataset: Dataset): Series[] {
  const byKey = new Map<number, Series>();
  for (let row = 0; row < dataset.days.length; row++) {
    const region = dataset.regionIndex[row] as number;
    const model = dataset.modelIndex[row] as number;
    const key = region * 65536 + model;
    let series = byKey.get(key);
    if (!series) {
      series = { region, model, rows: [] };
      byKey.set(key, series);
    }
    series.rows.push(row);
  }
  return [...byKey.values()].sort((a, b) => a.region - b.region || a.model - b.model);
}

function flowsOf(measures: Dataset['measures']): FlowColumns {
  return { orders: measures.orders, deliveries: measures.deliveries };
}

/**
 * The payload as bytes, before compression. Series by series (one region × model at a time):
 * neighbouring values are then of one place and size, which both the deltas and deflate use.
 */
export function bytesFromPayload(payload: SharePayload): Uint8Array {
  const { dataset } = payload;
  const writer = new ByteWriter();
  writer.string(payload.view);
  writer.varint(payload.sources.length);
  for (const source of payload.sources) writer.string(source);
  writer.varint(dataset.regions.length);
  for (const region of dataset.regions) writer.string(region);
  writer.varint(dataset.models.length);
  for (const model of dataset.models) writer.string(model);

  const present = MEASURES.filter((measure) => dataset.measures[measure] !== undefined);
  writer.varint(
    MEASURES.reduce((mask, measure, i) => (present.includes(measure) ? mask | (1 << i) : mask), 0),
  );

  const series = seriesOf(dataset);
  writer.varint(series.length);
  for (const { region, model, rows } of series) {
    writer.varint(region);
    writer.varint(model);
    writer.varint(rows.length);
    let previousDay = 0;
    rows.forEach((row, i) => {
      const day = dataset.days[row] as number;
      // Days of a series are distinct and ascending: a gap of 1 (the usual) is written as 0.
      if (i === 0) writer.signed(day);
      else writer.varint(day - previousDay - 1);
      previousDay = day;
    });
    const codes = rows.map((row) => dataset.granularity[row] as number);
    const first = codes[0] ?? 0;
    if (codes.every((code) => code === first)) writer.byte(first);
    else {
      writer.byte(MIXED_GRANULARITY);
      for (const code of codes) writer.byte(code);
    }
  }

  const rowLists = series.map((s) => s.rows);
  for (const measure of present) {
    writeColumn(
      writer,
      dataset.measures[measure] as Float64Array,
      rowLists,
      flowsOf(dataset.measures),
      measure === 'backlog',
    );
  }
  return writer.bytes();
}

function damaged(detail: string, offset: number | null): ShareResult<never> {
  return {
    ok: false,
    error: {
      code: 'damaged-link',
      message: `This share link is damaged (${detail}). It may have been cut off when it was sent: ask for the link again.`,
      place: offset === null ? 'link data' : `link data, byte ${offset + 1}`,
    },
  };
}

function readStrings(reader: ByteReader): string[] {
  const count = reader.count();
  const strings: string[] = [];
  for (let i = 0; i < count && !reader.failed; i++) strings.push(reader.string());
  return strings;
}

interface DecodedRows {
  days: number[];
  regions: number[];
  models: number[];
  granularity: number[];
}

/** Reads bytesFromPayload's output. Every count and index is checked: the bytes came from a URL. */
export function payloadFromBytes(bytes: Uint8Array): ShareResult<SharePayload> {
  const reader = new ByteReader(bytes);
  const view = reader.string();
  const sources = readStrings(reader);
  const regions = readStrings(reader);
  const models = readStrings(reader);
  const mask = reader.varint();
  if (reader.failed) return damaged('its header ends early', reader.failureOffset);
  if (mask >= 1 << MEASURES.length) return damaged('unknown measures', reader.position);
  if (new Set(regions).size !== regions.length || new Set(models).size !== models.length) {
    return damaged('a region or model is listed twice', reader.position);
  }
  if (regions.length > 65536 || models.length > 65536) {
    return damaged('too many regions or models', reader.position);
  }

  const rows: DecodedRows = { days: [], regions: [], models: [], granularity: [] };
  const seriesRows: number[][] = [];
  const seriesCount = reader.count(4);
  for (let s = 0; s < seriesCount && !reader.failed; s++) {
    const region = reader.varint();
    const model = reader.varint();
    const count = reader.count();
    if (region >= regions.length || model >= models.length || count === 0) {
      return damaged('a series names a region or model that is not listed', reader.position);
    }
    const indices: number[] = [];
    let day = 0;
    for (let i = 0; i < count && !reader.failed; i++) {
      day = i === 0 ? reader.signed() : day + reader.varint() + 1;
      if (Math.abs(day) > LARGEST_DAY) return damaged('a date out of range', reader.position);
      indices.push(rows.days.length);
      rows.days.push(day);
      rows.regions.push(region);
      rows.models.push(model);
    }
    const granularity = reader.byte();
    for (let i = 0; i < count && !reader.failed; i++) {
      const code = granularity === MIXED_GRANULARITY ? reader.byte() : granularity;
      if (code >= GRANULARITY_CODES.length)
        return damaged('an unknown granularity', reader.position);
      rows.granularity.push(code);
    }
    seriesRows.push(indices);
  }
  if (reader.failed) return damaged('its series end early', reader.failureOffset);

  const size = rows.days.length;
  const measures: Partial<Record<Measure, Float64Array>> = {};
  for (const [i, measure] of MEASURES.entries()) {
    if ((mask & (1 << i)) === 0) continue;
    const values = new Float64Array(size);
    if (!readColumn(reader, values, seriesRows, flowsOf(measures), measure === 'backlog')) {
      return damaged(
        `the ${measure} values cannot be read`,
        reader.failureOffset ?? reader.position,
      );
    }
    measures[measure] = values;
  }
  if (reader.remaining > 0) return damaged('unexpected bytes after the data', reader.position);

  const dataset = datasetFromRows(rows, measures, regions, models, sources);
  if (dataset === null) return damaged('a day, region and model appear twice', null);
  return { ok: true, value: { view, sources, dataset } };
}

/** The decoded rows in the dataset's order (day, region, model); null when a row repeats. */
function datasetFromRows(
  rows: DecodedRows,
  measures: Partial<Record<Measure, Float64Array>>,
  regions: string[],
  models: string[],
  sources: string[],
): Dataset | null {
  const size = rows.days.length;
  const order = Array.from({ length: size }, (_, i) => i).sort(
    (a, b) =>
      (rows.days[a] as number) - (rows.days[b] as number) ||
      (rows.regions[a] as number) - (rows.regions[b] as number) ||
      (rows.models[a] as number) - (rows.models[b] as number),
  );
  // The loop below copies every row of each decoded column, so no starting NaN stays.
  const present = MEASURES.filter((measure) => measures[measure] !== undefined);
  const dataset = allocateDataset(size, regions, models, present, sources);
  for (let i = 0; i < size; i++) {
    const from = order[i] as number;
    dataset.days[i] = rows.days[from] as number;
    dataset.regionIndex[i] = rows.regions[from] as number;
    dataset.modelIndex[i] = rows.models[from] as number;
    dataset.granularity[i] = rows.granularity[from] as number;
    if (
      i > 0 &&
      dataset.days[i] === dataset.days[i - 1] &&
      dataset.regionIndex[i] === dataset.regionIndex[i - 1] &&
      dataset.modelIndex[i] === dataset.modelIndex[i - 1]
    ) {
      return null;
    }
    for (const measure of MEASURES) {
      const target = dataset.measures[measure];
      if (target) target[i] = (measures[measure] as Float64Array)[from] as number;
    }
  }
  return dataset;
}
