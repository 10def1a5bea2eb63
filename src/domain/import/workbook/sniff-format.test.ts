import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { looksLikeText, sniffFormat, type SniffedFormat } from './sniff-format';
import {
  buildCfb,
  buildXls,
  buildXlsx,
  conformanceAvailable,
  conformanceBytes,
  textCell,
} from './workbook-fixtures';

const xlsx = buildXlsx([{ name: 'Sheet1', xml: `<row r="1">${textCell('A1', 'Date')}</row>` }]);
const ods = zipSync({
  mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
  'content.xml': strToU8('<office:document-content/>'),
});
const odt = zipSync({
  mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
  'content.xml': strToU8('<office:document-content/>'),
});
const csvZip = zipSync({ 'deliveries.csv': strToU8('date,deliveries\n2019-06-01,12\n') });
const utf16le = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('sniffFormat', () => {
  it.each<[string, Uint8Array, string, SniffedFormat]>([
    ['an XLSX', xlsx, 'deliveries.xlsx', 'xlsx'],
    ['an XLSX with a wrong name', xlsx, 'deliveries.csv', 'xlsx'],
    ['an ODS', ods, 'deliveries.ods', 'ods'],
    ['an ODT', odt, 'letter.odt', 'zip-other'],
    ['a zip of CSV files', csvZip, 'export.zip', 'zip-other'],
    ['an XLS', buildXls([{ name: 'Sheet1', rows: [[1]] }]), 'old.xls', 'xls'],
    [
      'a password-protected XLSX',
      buildCfb({ EncryptionInfo: new Uint8Array(8), EncryptedPackage: new Uint8Array(8) }),
      'secret.xlsx',
      'encrypted-workbook',
    ],
    ['a CFB cut short', buildXls([{ name: 'S', rows: [[1]] }]).slice(0, 300), 'old.xls', 'xls'],
    ['an XLSX cut in half, named .xlsx', xlsx.slice(0, xlsx.length / 2), 'half.xlsx', 'xlsx'],
    ['an ODS cut in half, named .ods', ods.slice(0, ods.length / 2), 'half.ods', 'ods'],
    ['a zip cut in half, named .zip', xlsx.slice(0, xlsx.length / 2), 'half.zip', 'zip-other'],
    ['UTF-8 CSV', strToU8('date,deliveries\n2019-06-01,12\n'), 'a.csv', 'text'],
    ['UTF-8 with a BOM', strToU8('\ufeffdate;Lieferungen\n'), 'a.csv', 'text'],
    ['UTF-16LE with a BOM', utf16le, 'a.txt', 'text'],
    [
      'Windows-1252 text',
      new Uint8Array([0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f, 0x0d, 0x0a]),
      'a.csv',
      'text',
    ],
    ['an empty file', new Uint8Array(0), 'empty.csv', 'text'],
    ['a PNG', png, 'chart.png', 'binary'],
    ['random control bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'x.bin', 'binary'],
  ])('%s is %s', (_, bytes, file, expected) => {
    expect(sniffFormat(bytes, file)).toBe(expected);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('a.xlsx', 'a.ods', 'a.xls', 'a'),
        (bytes, file) => {
          expect(() => sniffFormat(bytes, file)).not.toThrow();
        },
      ),
    );
  });

  it('never throws on corrupted workbook bytes', () => {
    fc.assert(
      fc.property(fc.nat(xlsx.length - 1), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const damaged = xlsx.slice();
        damaged[at] = byte;
        expect(() => sniffFormat(damaged, 'damaged.xlsx')).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe.skipIf(!conformanceAvailable())('sniffFormat on the conformance workbooks', () => {
  it.each([
    ['1904_1900.xlsx', 'xlsx'],
    ['sushi.ods', 'ods'],
    ['author_snowman.ods', 'ods'],
    ['crlf_crlf.csv', 'text'],
    ['cve-2023-30533-threaded-comment.xlsx', 'xlsx'],
  ])('%s is %s', (name, expected) => {
    expect(sniffFormat(conformanceBytes(name), name)).toBe(expected);
  });
});

describe('looksLikeText', () => {
  it('accepts any printable text with line breaks and tabs', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('\n', '\r\n', '\t'),
        (text, separator) => {
          const clean = [...text].filter((char) => char >= ' ' && char !== '\u007f').join('');
          expect(looksLikeText(strToU8(`${clean}${separator}${clean}`))).toBe(true);
        },
      ),
    );
  });

  it('refuses any text with a NUL byte', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 100 }), (before, after) => {
        expect(looksLikeText(strToU8(`${before}\u0000${after}`.replace(/^\ufeff/, '')))).toBe(
          false,
        );
      }),
    );
  });
});
