import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ImportResult } from '../types';
import { openWorkbook } from './open-workbook';
import type { Workbook } from './workbook';
import {
  buildCfb,
  buildXls,
  buildXlsx,
  conformanceAvailable,
  conformanceBytes,
  textCell,
  worksheetXml,
} from './workbook-fixtures';

function errorCode(result: ImportResult<Workbook>): string | null {
  return result.ok ? null : result.error.code;
}

function opened(bytes: Uint8Array, file: string): Workbook {
  const result = openWorkbook(bytes, file);
  if (!result.ok)
    throw new Error(`${file} did not open: ${result.error.message} ${result.error.hint ?? ''}`);
  return result.value;
}

describe.skipIf(!conformanceAvailable())('openWorkbook on the conformance workbooks', () => {
  it.each(['sheet_visibility.xlsx', 'sheet_visibility.ods'])(
    '%s lists every sheet and which are hidden',
    (file) => {
      const workbook = opened(conformanceBytes(file), file);
      expect(workbook.sheets.map(({ name, hidden }) => ({ name, hidden }))).toEqual([
        { name: 'Visible', hidden: false },
        { name: 'Hidden', hidden: true },
        { name: 'VeryHidden', hidden: true },
      ]);
    },
  );

  it('keeps which XLSX sheet is very hidden', () => {
    const result = openWorkbook(conformanceBytes('sheet_visibility.xlsx'), 'v.xlsx');
    expect(result.ok && result.value.handle.visibility).toEqual([
      'visible',
      'hidden',
      'very-hidden',
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.sheet])).toEqual([
      ['hidden-sheet', 'Hidden'],
      ['very-hidden-sheet', 'VeryHidden'],
    ]);
  });

  it.each(['merge_cells.xlsx', 'merge_cells.ods'])('%s reports its merged ranges', (file) => {
    const [sheet] = opened(conformanceBytes(file), file).sheets;
    expect([...(sheet?.merges ?? [])].sort()).toEqual([
      'A1:B2',
      'A3:B3',
      'A4:B4',
      'C1:C2',
      'D1:D2',
    ]);
  });

  it('lists the three sheets of mixed_sheets.xlsx with their row counts', () => {
    const workbook = opened(conformanceBytes('mixed_sheets.xlsx'), 'mixed_sheets.xlsx');
    expect(workbook.sheets.map(({ name, rowCount }) => [name, rowCount])).toEqual([
      ['survey', 2],
      ['choices', 3],
      ['settings', 2],
    ]);
  });

  it.each<[string, 1900 | 1904]>([
    ['1904_1900.xlsx', 1900],
    ['1904_1900.ods', 1900],
    ['1904_1904.xlsx', 1904],
    ['1904_1904.ods', 1904],
  ])('%s uses the %i date system', (file, dateSystem) => {
    const result = openWorkbook(conformanceBytes(file), file);
    expect(result.ok && result.value.dateSystem).toBe(dateSystem);
    expect(result.issues.some((issue) => issue.code === 'date-system-1904')).toBe(
      dateSystem === 1904,
    );
  });

  it.each([
    ['DataTypesFormats.xlsx', 'xlsx'],
    ['author_snowman.ods', 'ods'],
    ['minimal_112.xlsx', 'xlsx'],
    ['xlsx-stream-d-date-cell.xlsx', 'xlsx'],
    ['formulae_test_simple.xlsx', 'xlsx'],
    ['crlf_crlf.ods', 'ods'],
  ])('%s opens as %s', (file, format) => {
    expect(opened(conformanceBytes(file), file).format).toBe(format);
  });

  it('leaves Object.prototype unchanged after reading the CVE-2023-30533 workbook', () => {
    const before = Object.getOwnPropertyDescriptors(Object.prototype);
    const file = 'cve-2023-30533-threaded-comment.xlsx';
    const workbook = opened(conformanceBytes(file), file);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(before);
    expect(Object.keys({})).toEqual([]);
  });

  it.each(['truncated', 'corrupt'])('reports a %s conformance workbook as corrupt', (damage) => {
    const bytes = conformanceBytes('formulae_test_simple.xlsx');
    const damaged =
      damage === 'truncated' ? bytes.slice(0, bytes.length / 2) : scrambleMiddle(bytes);
    const result = openWorkbook(damaged, 'formulae_test_simple.xlsx');
    expect(errorCode(result)).toBe('corrupt-workbook');
  });
});

describe('openWorkbook on built workbooks', () => {
  it('reads an XLS, its hidden and very hidden sheets', () => {
    const bytes = buildXls([
      { name: 'Deliveries', rows: [['Date'], [1]] },
      { name: 'Old', rows: [['x']], hidden: 1 },
      { name: 'Macro', rows: [['y']], hidden: 2 },
    ]);
    const workbook = opened(bytes, 'old.xls');
    expect(workbook.format).toBe('xls');
    expect(workbook.sheets).toEqual([
      { name: 'Deliveries', rowCount: 2, hidden: false, merges: [] },
      { name: 'Old', rowCount: 1, hidden: true, merges: [] },
      { name: 'Macro', rowCount: 1, hidden: true, merges: [] },
    ]);
    expect(workbook.handle.visibility).toEqual(['visible', 'hidden', 'very-hidden']);
  });

  it('counts rows from the real cells, not from a huge declared dimension', () => {
    const xml = worksheetXml(
      `<row r="1">${textCell('A1', 'Date')}</row><row r="7">${textCell('B7', 'x')}${textCell('C7', 'y')}</row>`,
      'A1:XFD1048576',
    );
    const workbook = opened(buildXlsx([{ name: 'Big', xml }]), 'big.xlsx');
    expect(workbook.sheets[0]?.rowCount).toBe(2);
  });
});

describe('openWorkbook refuses unsafe or unreadable files', () => {
  const sheet = { name: 'S', xml: `<row r="1">${textCell('A1', 'Date')}</row>` };

  it('refuses a zip bomb by its declared size, naming the part', () => {
    const parts = unzipSync(buildXlsx([sheet]));
    const bomb = zipSync({
      ...parts,
      'xl/worksheets/sheet1.xml': [new Uint8Array(50_000_000), { level: 9 }],
    });
    const result = openWorkbook(bomb, 'bomb.xlsx');
    expect(errorCode(result)).toBe('zip-bomb');
    expect(result.ok ? '' : result.error.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses a sheet that declares a DOCTYPE with an ENTITY, naming the part', () => {
    const xml = worksheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>`,
    ).replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY x "expanded">]><worksheet');
    const result = openWorkbook(buildXlsx([{ name: 'S', xml }]), 'xxe.xlsx');
    expect(errorCode(result)).toBe('unsafe-xml');
    expect(result.ok ? '' : result.error.message).toContain('"xl/worksheets/sheet1.xml"');
    expect(result.ok ? '' : result.error.file).toBe('xxe.xlsx');
  });

  it.each<[string, Uint8Array, string, string]>([
    [
      'a password-protected XLSX',
      buildCfb({ EncryptionInfo: new Uint8Array(8), EncryptedPackage: new Uint8Array(8) }),
      'secret.xlsx',
      'password-protected',
    ],
    ['an encrypted ODS', encryptedOds(), 'secret.ods', 'password-protected'],
    ['an XLSX cut in half', halve(buildXlsx([sheet])), 'half.xlsx', 'corrupt-workbook'],
    [
      'an XLS cut short',
      buildXls([{ name: 'S', rows: [[1]] }]).slice(0, 1500),
      'short.xls',
      'corrupt-workbook',
    ],
    [
      'an XLSX with scrambled bytes',
      scrambleMiddle(buildXlsx([sheet])),
      'scrambled.xlsx',
      'corrupt-workbook',
    ],
    [
      'an XLSX without its workbook part',
      withoutPart(buildXlsx([sheet]), 'xl/workbook.xml'),
      'broken.xlsx',
      'corrupt-workbook',
    ],
    [
      'a Word-like compound file',
      buildCfb({ WordDocument: new Uint8Array(8) }),
      'letter.doc',
      'not-a-workbook',
    ],
    ['a CSV', strToU8('date,deliveries\n'), 'd.csv', 'not-a-workbook'],
    ['a zip of CSVs', zipSync({ 'd.csv': strToU8('a,b\n') }), 'd.zip', 'not-a-workbook'],
    ['random bytes', new Uint8Array([0, 1, 2, 3, 250, 251]), 'x.bin', 'not-a-workbook'],
  ])('%s', (_, bytes, file, code) => {
    const result = openWorkbook(bytes, file);
    expect(errorCode(result)).toBe(code);
    if (!result.ok) {
      expect(result.error.file).toBe(file);
      expect(result.error.message).toContain(file);
      expect(result.error.hint).toBeTruthy();
    }
  });

  it('tells people to save a password-protected file without its password', () => {
    const result = openWorkbook(buildCfb({ EncryptionInfo: new Uint8Array(8) }), 'secret.xlsx');
    expect(result.ok ? '' : result.error.hint).toMatch(/without a password/);
  });
});

function halve(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

function scrambleMiddle(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  for (let at = Math.floor(copy.length / 4); at < (copy.length * 3) / 4; at++)
    copy[at] = (at * 7919) & 0xff;
  return copy;
}

function withoutPart(zip: Uint8Array, part: string): Uint8Array {
  const parts = unzipSync(zip);
  delete parts[part];
  return zipSync(parts);
}

function encryptedOds(): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>',
    ),
    'content.xml': new Uint8Array([0x13, 0x37, 0, 1, 2, 3]),
  });
}
