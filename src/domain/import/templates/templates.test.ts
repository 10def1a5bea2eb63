import { read, utils } from '@e965/xlsx';
import { isoFromDay } from '../../records/calendar-day';
import type { DailyRecord } from '../../records/dataset';
import type { Measure } from '../../records/measures';
import { importBytes, type ImportedTable } from '../pipeline';
import type { ImportResult } from '../types';
import {
  allTemplateTables,
  templateCsv,
  templateFile,
  templateTable,
  templateXlsx,
  TEMPLATE_SHAPES,
  type TemplateShape,
} from '.';

function unwrap<T>(result: ImportResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function importTemplate(format: 'csv' | 'xlsx', shape: TemplateShape): ImportedTable {
  const file = templateFile(templateTable(shape), format);
  const imported = unwrap(importBytes(file.bytes, file.name, { duplicates: 'sum' }));
  expect(imported.tables).toHaveLength(1);
  const [table] = imported.tables;
  if (!table) throw new Error('The template gave no table');
  return table;
}

function total(records: readonly DailyRecord[], measure: Measure): number {
  return records.reduce((sum, record) => sum + (record.values[measure] ?? 0), 0);
}

// What each template says, worked out by hand from its rows.
const EXPECTED: Array<[TemplateShape, Partial<Record<Measure, number>>, string, string, string[]]> =
  [
    [
      'daily',
      { deliveries: 3040, production: 2000, orders: 1690 },
      '2019-06-26',
      '2019-06-27',
      ['Europe', 'North America'],
    ],
    [
      'wide',
      { deliveries: 7070, production: 4005 },
      '2019-06-25',
      '2019-06-28',
      ['China', 'Europe', 'North America'],
    ],
    [
      'per-vehicle',
      { deliveries: 3, orders: 4, production: 4 },
      '2019-04-15',
      '2019-06-28',
      ['Netherlands', 'North America', 'Norway'],
    ],
    ['periodic', { deliveries: 6207 }, '2019-04-01', '2019-06-30', ['DE', 'NO']],
  ];

describe('templates', () => {
  it('cover every table shape', () => {
    expect(allTemplateTables().map((t) => t.shape)).toEqual([...TEMPLATE_SHAPES]);
  });

  it.each(TEMPLATE_SHAPES)('%s has a header and 3 to 5 example rows of its width', (shape) => {
    const template = templateTable(shape);
    expect(template.rows.length).toBeGreaterThanOrEqual(3);
    expect(template.rows.length).toBeLessThanOrEqual(5);
    for (const row of template.rows) expect(row).toHaveLength(template.headers.length);
  });

  it('quotes CSV fields that hold commas, quotes or line breaks', () => {
    const csv = templateCsv({
      shape: 'daily',
      title: 'Daily',
      fileStem: 'x',
      headers: ['Region', 'Note'],
      rows: [['Europe, north', 'say "hi"\nthen go']],
    });
    expect(csv).toBe('Region,Note\r\n"Europe, north","say ""hi""\nthen go"\r\n');
  });

  it('writes dates into XLSX as date-formatted serials, the same day in any time zone', () => {
    const workbook = read(templateXlsx(templateTable('daily')), { type: 'array' });
    const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
    expect(sheet?.['A2']).toMatchObject({ t: 'n', v: 43642, w: '2019-06-26' });
    expect(utils.sheet_to_json(sheet ?? {}, { header: 1 })[0]).toEqual(
      templateTable('daily').headers,
    );
  });

  it.each(
    EXPECTED.flatMap(([shape, totals, first, last, regions]) =>
      (['csv', 'xlsx'] as const).map(
        (format) => [shape, format, totals, first, last, regions] as const,
      ),
    ),
  )(
    '%s template (%s) is recognised and imports its figures',
    (shape, format, totals, first, last, regions) => {
      const { mapping, result } = importTemplate(format, shape);
      expect(mapping.shape).toBe(shape);
      expect(mapping.columns.filter((column) => column.needsAnswer)).toEqual([]);
      const normalised = unwrap(result);
      expect(normalised.duplicates).toEqual([]);
      for (const [measure, expected] of Object.entries(totals)) {
        expect(total(normalised.records, measure as Measure)).toBeCloseTo(expected, 6);
      }
      expect(normalised.dateRange.map(isoFromDay)).toEqual([first, last]);
      expect([...new Set(normalised.records.map((r) => r.region))].sort()).toEqual(regions);
    },
  );
});
