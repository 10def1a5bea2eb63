import { utils, write } from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { isEmptyRow } from '../normalise/read-rows';
import { importBytes } from '../pipeline';
import { importXlsxFast, xlsxImportSteps, type XlsxProgress } from './fast-xlsx-import';
import { vehicleWorkbook } from './testing/big-files';
import { PART_STEP_BYTES, zipEntries } from './zip-entries';

const STRINGS = 'xl/sharedStrings.xml';

function run(bytes: Uint8Array) {
  const steps = xlsxImportSteps(bytes, { file: 'vehicles.xlsx' });
  const progress: XlsxProgress[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { progress, outcome: step.value };
    progress.push(step.value);
  }
}

/** The workbook with one part's text changed, packed again as it was. */
function withPart(bytes: Uint8Array, name: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[name] = strToU8(change(strFromU8(parts[name] ?? new Uint8Array(0))));
  return zipSync(parts);
}

describe('xlsxImportSteps', () => {
  const workbook = vehicleWorkbook(20_000);
  const entries = zipEntries(workbook) ?? [];
  const strings = entries.find((entry) => entry.name === STRINGS);
  const sheet = entries.find((entry) => entry.name.startsWith('xl/worksheets/'));

  it('pauses after every step of inflated XML, in the shared strings as in the sheet', () => {
    if (!strings || !sheet) throw new Error('no strings or no sheet');
    const { progress } = run(workbook);
    // A step is PART_STEP_BYTES of XML, with at most one match (258 bytes) more.
    const step = PART_STEP_BYTES + 258;
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor((strings.size + sheet.size) / step));
    const otherParts = entries
      .filter((entry) => entry !== sheet)
      .reduce((sum, entry) => sum + entry.compressedSize, 0);
    const beforeSheet = progress.filter((at) => at.bytesRead <= otherParts && at.rowsRead === 0);
    expect(Math.floor(strings.size / step)).toBeGreaterThan(0);
    expect(beforeSheet.length).toBeGreaterThanOrEqual(Math.floor(strings.size / step));
  });

  it('pauses within any other big part too', () => {
    const parts: Record<string, Uint8Array> = unzipSync(vehicleWorkbook(2_000));
    const plain = run(zipSync(parts)).progress.length;
    const big = new Uint8Array(3 * PART_STEP_BYTES).fill(0x20);
    const withBig = zipSync({ ...parts, 'xl/media/big.bin': [big, { level: 0 }] });
    const { progress, outcome } = run(withBig);
    expect(outcome.eligible).toBe(true);
    expect(progress.length - plain).toBeGreaterThanOrEqual(3);
  });

  it('tells progress in bytes of the file, rising to all of it before the rows are summed up', () => {
    const { progress } = run(workbook);
    const bytes = progress.map((at) => at.bytesRead);
    expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
    expect(progress.every((at) => at.totalBytes === workbook.length)).toBe(true);
    expect(progress.at(-1)).toEqual({
      bytesRead: workbook.length,
      totalBytes: workbook.length,
      rowsRead: 20_001,
    });
    expect(progress.at(-2)?.bytesRead).toBeLessThan(workbook.length);
  });

  it('gives what importXlsxFast gives', () => {
    const { outcome } = run(workbook);
    expect(outcome.eligible).toBe(true);
    expect(outcome).toEqual(importXlsxFast(workbook, { file: 'vehicles.xlsx' }));
  });
});

describe('the shared strings of a fast XLSX import', () => {
  const small = vehicleWorkbook(3_000);

  it.each<[string, (xml: string) => string, string]>([
    [
      'a DOCTYPE at the start',
      (xml) => xml.replace('<sst', '<!DOCTYPE sst><sst'),
      'a part declares a DOCTYPE or ENTITY',
    ],
    [
      'an ENTITY after thousands of items',
      (xml) => xml.replace('</sst>', '<!ENTITY x "y"></sst>'),
      'a part declares a DOCTYPE or ENTITY',
    ],
    [
      'rich text runs',
      (xml) => xml.replace('<si><t>', '<si><r><t>a</t></r><r><t>'),
      'shared strings in forms the fast reader does not take',
    ],
  ])('leaves a workbook with %s to the general reader', (_name, change, reason) => {
    expect(importXlsxFast(withPart(small, STRINGS, change), { file: 'v.xlsx' })).toEqual({
      eligible: false,
      reason,
    });
  });

  it('leaves a workbook with UTF-16 shared strings to the general reader', () => {
    const parts = unzipSync(small);
    const xml = strFromU8(parts[STRINGS] ?? new Uint8Array(0));
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let k = 0; k < xml.length; k++) utf16[2 + 2 * k] = xml.charCodeAt(k) & 0xff;
    parts[STRINGS] = utf16;
    expect(importXlsxFast(zipSync(parts), { file: 'v.xlsx' })).toEqual({
      eligible: false,
      reason: 'UTF-16 shared strings',
    });
  });

  it('leaves a workbook whose shared strings fail their checksum to the general reader', () => {
    const damaged = small.slice();
    const entry = zipEntries(damaged)?.find((part) => part.name === STRINGS);
    if (!entry) throw new Error('no shared strings');
    // The checksum in the central directory, 16 bytes into the entry's record.
    const view = new DataView(damaged.buffer);
    const end = damaged.length - 22;
    let record = view.getUint32(end + 16, true);
    while (view.getUint32(record + 16, true) !== entry.crc) {
      record += 46 + view.getUint16(record + 28, true) + view.getUint16(record + 30, true);
    }
    view.setUint32(record + 16, (entry.crc ^ 1) >>> 0, true);
    expect(importXlsxFast(damaged, { file: 'v.xlsx' })).toEqual({
      eligible: false,
      reason: `part ${STRINGS} is damaged`,
    });
  });
});

describe('rows with only empty cells', () => {
  /** Daily rows, with rows of empty and blank texts among the first rows and far below them. */
  function workbookWithEmptyRows(): Uint8Array {
    const aoa: unknown[][] = [['Date', 'Region', 'Deliveries']];
    for (let n = 0; n < 1_600; n++) {
      if (n % 150 === 7) aoa.push(['', ' ', '']);
      aoa.push([{ t: 'n', v: 43_466 + (n % 90), z: 'yyyy-mm-dd' }, `R${n % 4}`, n % 50]);
    }
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(aoa), 'Daily');
    return new Uint8Array(
      write(book, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer,
    );
  }

  it('counts those past the preview, as the general reader would leave them out', () => {
    const bytes = workbookWithEmptyRows();
    const outcome = importXlsxFast(bytes, { file: 'daily.xlsx' });
    if (!outcome.eligible) throw new Error(outcome.reason);
    const general = importBytes(bytes, 'daily.xlsx');
    if (!general.ok) throw new Error(general.error.message);
    const rows = general.value.tables[0]?.table.rows ?? [];
    const past = rows.slice(outcome.table.preview.rows.length);
    const empty = past.filter((row) => isEmptyRow(row)).length;
    expect(empty).toBeGreaterThan(0);
    expect(outcome.table.rowCount).toBe(rows.length);
    expect(outcome.table.emptyRowsPastPreview).toBe(empty);
  });
});
