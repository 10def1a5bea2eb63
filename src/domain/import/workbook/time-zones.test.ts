import { execFileSync } from 'node:child_process';
import { CONFORMANCE_DIR, conformanceAvailable } from './workbook-fixtures';

/**
 * Dates must come out the same in every time zone. Node fixes its time zone per process, so each
 * zone gets its own child process reading the same files; the child also reports its offset,
 * to prove the zone really applied.
 */
const PROBE = `
import { readFileSync } from 'node:fs';
import path from 'node:path';
const { openWorkbook, readSheet } = await import(process.env.WORKBOOK_MODULE);
const { isoFromDay } = await import(process.env.CALENDAR_MODULE);
const show = (cell) => (cell && typeof cell === 'object' && cell.kind === 'date' ? isoFromDay(cell.day) : cell);
const files = {};
for (const file of ['1904_1900.xlsx', '1904_1900.ods', '1904_1904.xlsx', '1904_1904.ods', 'xlsx-stream-d-date-cell.xlsx', 'DataTypesFormats.xlsx']) {
  const workbook = openWorkbook(new Uint8Array(readFileSync(path.join(process.env.CONFORMANCE_DIR, file))), file);
  if (!workbook.ok) throw new Error(workbook.error.message);
  const table = readSheet(workbook.value, workbook.value.sheets[0].name);
  if (!table.ok) throw new Error(table.error.message);
  files[file] = table.value.rows.map((row) => row.map(show));
}
process.stdout.write(JSON.stringify({ offset: new Date(2019, 0, 1).getTimezoneOffset(), files }));
`;

interface ProbeOutput {
  offset: number;
  files: Record<string, unknown[][]>;
}

function probe(timeZone: string): ProbeOutput {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', PROBE],
    {
      env: {
        ...process.env,
        TZ: timeZone,
        CONFORMANCE_DIR,
        WORKBOOK_MODULE: new URL('./index.ts', import.meta.url).href,
        CALENDAR_MODULE: new URL('../../records/calendar-day.ts', import.meta.url).href,
      },
      encoding: 'utf8',
    },
  );
  return JSON.parse(output) as ProbeOutput;
}

describe.skipIf(!conformanceAvailable())('workbook dates in every time zone', () => {
  const zones: [string, number][] = [
    ['UTC', 0],
    ['America/New_York', 300],
    ['Asia/Tokyo', -540],
  ];
  const results = new Map<string, ProbeOutput>();

  beforeAll(() => {
    for (const [zone] of zones) results.set(zone, probe(zone));
  }, 120_000);

  it.each(zones)('%s is really in effect in its process (offset %i minutes)', (zone, offset) => {
    expect(results.get(zone)?.offset).toBe(offset);
  });

  it.each(zones)('%s: column B dates equal the cached text in column C', (zone) => {
    const files = results.get(zone)?.files ?? {};
    for (const file of ['1904_1900.xlsx', '1904_1900.ods', '1904_1904.xlsx', '1904_1904.ods']) {
      const rows = files[file] ?? [];
      expect(rows).toHaveLength(5);
      for (const row of rows) expect(row[1]).toBe(row[2]);
    }
    expect(files['xlsx-stream-d-date-cell.xlsx']?.[4]).toEqual(['Date', '2014-02-14']);
    expect(files['DataTypesFormats.xlsx']?.slice(0, 2)).toEqual([
      ['Date', '2020-07-23'],
      ['Date Time', '2020-07-23'],
    ]);
  });

  it('reads every cell the same in all three zones', () => {
    const [first, ...others] = zones.map(([zone]) => results.get(zone)?.files);
    for (const other of others) expect(other).toEqual(first);
  });
});
