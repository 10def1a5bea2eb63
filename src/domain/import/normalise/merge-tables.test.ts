import { dayFromIso } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import { mergeTables } from './merge-tables';

const day = dayFromIso('2019-06-29') ?? 0;
const record = (values: DailyRecord['values'], region = 'NO', offset = 0): DailyRecord => ({
  day: day + offset,
  region,
  model: 'Model 3',
  values,
});

describe('mergeTables', () => {
  it('reports a day, region and model given by two files, and the later file wins instead of adding up', () => {
    const { records, overlaps } = mergeTables([
      { file: 'a.csv', records: [record({ deliveries: 10 }), record({ deliveries: 4 }, 'NL')] },
      { file: 'b.csv', records: [record({ deliveries: 12 })] },
    ]);
    expect(records.map((r) => [r.region, r.values])).toEqual([
      ['NO', { deliveries: 12 }],
      ['NL', { deliveries: 4 }],
    ]);
    expect(overlaps).toEqual([
      expect.objectContaining({ code: 'overlap', severity: 'warning', file: 'b.csv' }),
    ]);
    expect(overlaps[0]?.message).toContain(
      '2019-06-29 · NO · Model 3: deliveries are also in a.csv; the figures from b.csv are used',
    );
  });

  it('combines measures that only one file gives', () => {
    const { records, overlaps } = mergeTables([
      { file: 'deliveries.csv', records: [record({ deliveries: 10 })] },
      { file: 'production.csv', records: [record({ production: 11 })] },
    ]);
    expect(records.map((r) => r.values)).toEqual([{ deliveries: 10, production: 11 }]);
    expect(overlaps).toEqual([]);
  });

  it('adds up records of one file with the same key', () => {
    const { records } = mergeTables([
      { file: 'a.csv', records: [record({ deliveries: 1 }), record({ deliveries: 2 })] },
    ]);
    expect(records.map((r) => r.values)).toEqual([{ deliveries: 3 }]);
  });

  it('merges after the data already loaded, and a file loaded again replaces its earlier version', () => {
    const existing = [
      { file: 'a.csv', records: [record({ deliveries: 10 })] },
      { file: 'old.csv', records: [record({ deliveries: 5 }, 'NL')] },
    ];
    const { records, overlaps } = mergeTables(
      [{ file: 'a.csv', records: [record({ deliveries: 11 })] }],
      existing,
    );
    expect(records.map((r) => [r.region, r.values.deliveries])).toEqual([
      ['NL', 5],
      ['NO', 11],
    ]);
    expect(overlaps).toEqual([
      expect.objectContaining({ code: 'replaced', severity: 'info', file: 'a.csv' }),
    ]);
  });

  it('summarises many overlaps into one issue', () => {
    const days = (file: string, deliveries: number) => ({
      file,
      records: Array.from({ length: 30 }, (_, i) => record({ deliveries }, 'NO', i)),
    });
    const { records, overlaps } = mergeTables([days('a.csv', 1), days('b.csv', 2)]);
    expect(records.reduce((n, r) => n + (r.values.deliveries ?? 0), 0)).toBe(60);
    expect(overlaps).toEqual([expect.objectContaining({ code: 'overlap', moreLikeThis: 29 })]);
  });
});
