import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dayFromIso } from '../records/calendar-day';
import type { DailyRecord } from '../records/dataset';
import { generateSample } from './generate-sample';
import { SAMPLE_COUNTRIES, SAMPLE_MODELS } from './sample-countries';
import { SAMPLE_FILE_NAME, sampleToCsv } from './sample-csv';

const records = generateSample();
const committedPath = path.resolve(__dirname, '../../../public/sample', SAMPLE_FILE_NAME);

function seriesOf(country: string, model: string): DailyRecord[] {
  return records.filter((record) => record.region === country && record.model === model);
}

describe('generated sample', () => {
  it('has one record per day of 2019, country and model line, in order', () => {
    expect(records).toHaveLength(365 * SAMPLE_COUNTRIES.length * SAMPLE_MODELS.length);
    expect(records[0]?.day).toBe(dayFromIso('2019-01-01'));
    expect(records.at(-1)?.day).toBe(dayFromIso('2019-12-31'));
    const keys = records.map((r) => `${r.day} ${r.region} ${r.model ?? ''}`);
    expect(new Set(keys).size).toBe(records.length);
    for (let i = 1; i < records.length; i++) {
      expect(records[i]!.day).toBeGreaterThanOrEqual(records[i - 1]!.day);
    }
  });

  it('is the same on every run', () => {
    expect(generateSample()).toEqual(records);
  });

  it('holds whole, non-negative counts only', () => {
    const offenders = records.filter((record) =>
      Object.values(record.values).some((value) => !Number.isSafeInteger(value) || value < 0),
    );
    expect(offenders).toEqual([]);
  });

  it('puts production on the US rows only, blank elsewhere', () => {
    const offenders = records.filter((record) =>
      record.region === 'US'
        ? record.values.production === undefined
        : record.values.production !== undefined,
    );
    expect(offenders).toEqual([]);
  });

  it.each(SAMPLE_COUNTRIES.flatMap((country) => SAMPLE_MODELS.map((model) => [country, model])))(
    'keeps the order book of %s %s consistent',
    (country, model) => {
      const series = seriesOf(country, model);
      expect(series).toHaveLength(365);
      const broken = series.filter(({ values }, i) => {
        const backlog = values.backlog ?? Number.NaN;
        const unscheduled = values.unscheduled ?? Number.NaN;
        const previous = i === 0 ? undefined : series[i - 1]?.values.backlog;
        const identity =
          previous === undefined ||
          backlog === previous + (values.orders ?? Number.NaN) - (values.deliveries ?? Number.NaN);
        return !identity || !(backlog >= 0) || !(unscheduled >= 0) || !(unscheduled <= backlog);
      });
      expect(broken).toEqual([]);
    },
  );

  // The file is committed next to the generator; a missing file is a defect, not a skip.
  it('equals the committed file (run npm run sample if not)', () => {
    const committed = readFileSync(committedPath);
    const text = committed.toString('utf8');
    expect(text === sampleToCsv(records)).toBe(true);
    expect(committed[0]).not.toBe(0xef); // no UTF-8 byte-order mark
    expect(text).not.toContain('\r');
    expect(committed.byteLength).toBeLessThan(600 * 1024);
  });
});
