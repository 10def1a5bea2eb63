import { strToU8, zipSync } from 'fflate';
import {
  checkDeclaredSizes,
  checkPartChecksums,
  checkXmlParts,
  inflateZip,
  MAX_TOTAL_UNCOMPRESSED_BYTES,
  readZipDirectory,
  repackStored,
  type ZipEntryInfo,
} from './zip-inspection';
import { buildXlsx, textCell, withDeclaredSize } from './workbook-fixtures';

const MB = 1_000_000;
const entry = (name: string, compressedSize: number, uncompressedSize: number): ZipEntryInfo => ({
  name,
  compressedSize,
  uncompressedSize,
});

describe('checkDeclaredSizes', () => {
  it.each<[string, ZipEntryInfo[], string | null]>([
    ['an ordinary workbook', [entry('xl/worksheets/sheet1.xml', 2 * MB, 30 * MB)], null],
    ['a tiny part that compresses a lot', [entry('xl/styles.xml', 10, 9 * MB)], null],
    ['exactly 200:1 on a big part', [entry('xl/worksheets/sheet1.xml', MB / 10, 20 * MB)], null],
    [
      'more than 200:1 on a big part',
      [entry('xl/worksheets/sheet1.xml', 50_000, 50 * MB)],
      'zip-bomb',
    ],
    [
      'a part that claims huge size from nothing',
      [entry('xl/sharedStrings.xml', 0, 11 * MB)],
      'zip-bomb',
    ],
    [
      'more than 200 MB in total',
      Array.from({ length: 5 }, (_, i) => entry(`xl/worksheets/sheet${i}.xml`, 5 * MB, 45 * MB)),
      'workbook-too-large',
    ],
    [
      'exactly 200 MB in total',
      [entry('a.xml', 20 * MB, 100 * MB), entry('b.xml', 20 * MB, 100 * MB)],
      null,
    ],
  ])('%s', (_, entries, expectedCode) => {
    const result = checkDeclaredSizes(entries, 'book.xlsx');
    expect(result.ok ? null : result.error.code).toBe(expectedCode);
  });

  it('names the file and the part', () => {
    const result = checkDeclaredSizes(
      [entry('xl/worksheets/sheet1.xml', 1000, 50 * MB)],
      'book.xlsx',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('book.xlsx');
      expect(result.error.message).toContain('xl/worksheets/sheet1.xml');
      expect(result.error.hint).toBeTruthy();
    }
  });
});

describe('readZipDirectory', () => {
  it('reads the declared sizes of a 50 MB bomb without inflating it', () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': [new Uint8Array(50 * MB), { level: 9 }] });
    expect(bomb.length).toBeLessThan(MB);
    const directory = readZipDirectory(bomb, 'bomb.xlsx');
    expect(directory.ok && directory.value).toEqual([
      entry('xl/worksheets/sheet1.xml', expect.any(Number), 50 * MB),
    ]);
  });

  it('takes a forged declared size at its word, so the bomb is refused unopened', () => {
    const forged = withDeclaredSize(
      zipSync({ 'a.xml': strToU8('<a/>') }),
      'a.xml',
      MAX_TOTAL_UNCOMPRESSED_BYTES + 1,
    );
    const directory = readZipDirectory(forged, 'forged.xlsx');
    expect(directory.ok).toBe(true);
    const sizes = checkDeclaredSizes(directory.ok ? directory.value : [], 'forged.xlsx');
    expect(sizes.ok ? null : sizes.error.code).toBe('zip-bomb');
  });

  it.each([
    ['cut in half', (zip: Uint8Array) => zip.slice(0, zip.length / 2)],
    ['empty', () => new Uint8Array(0)],
    ['with a forged entry count', forgeEntryCount],
  ])('reports a zip %s as a corrupt workbook', (_, damage) => {
    const result = readZipDirectory(damage(buildXlsx([{ name: 'S', xml: '' }])), 'book.xlsx');
    expect(result.ok ? null : result.error.code).toBe('corrupt-workbook');
    if (!result.ok) expect(result.error.hint).toMatch(/save it again/i);
  });
});

describe('inflateZip and repackStored', () => {
  it('round-trips every part, stored without compression', () => {
    const parts = { 'a.xml': strToU8('<a>€ 🍣</a>'), 'dir/b.bin': new Uint8Array([0, 1, 2, 255]) };
    const inflated = inflateZip(zipSync(parts), 'x.zip');
    expect(inflated.ok).toBe(true);
    if (!inflated.ok) return;
    expect(Object.fromEntries(inflated.value)).toEqual(parts);
    const repacked = repackStored(inflated.value);
    const again = inflateZip(repacked, 'x.zip');
    expect(again.ok && Object.fromEntries(again.value)).toEqual(parts);
    const directory = readZipDirectory(repacked, 'x.zip');
    expect(
      directory.ok && directory.value.every((e) => e.compressedSize === e.uncompressedSize),
    ).toBe(true);
  });

  it('never inflates a part past its declared size', () => {
    const lying = withDeclaredSize(zipSync({ 'a.xml': new Uint8Array(100_000) }), 'a.xml', 1000);
    const inflated = inflateZip(lying, 'lying.xlsx');
    expect(inflated.ok && inflated.value.get('a.xml')?.length).toBe(1000);
  });
});

describe('checkXmlParts', () => {
  const doctype = strToU8('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x "x">]><worksheet/>');
  it.each<[string, Record<string, Uint8Array>, string | null]>([
    [
      'clean parts',
      { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/media/a.png': new Uint8Array([0x89, 0]) },
      null,
    ],
    [
      'a DOCTYPE in a sheet',
      { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': doctype },
      'xl/worksheets/sheet1.xml',
    ],
    [
      'an ENTITY in relationships',
      { 'xl/_rels/workbook.xml.rels': strToU8('<!ENTITY x "y">') },
      'xl/_rels/workbook.xml.rels',
    ],
    [
      'a DOCTYPE in an XML part with an odd name',
      { 'customXml/item1': doctype },
      'customXml/item1',
    ],
    [
      'a DOCTYPE in a VML drawing',
      { 'xl/drawings/vmlDrawing1.vml': doctype },
      'xl/drawings/vmlDrawing1.vml',
    ],
  ])('%s', (_, parts, badPart) => {
    const result = checkXmlParts(new Map(Object.entries(parts)), 'book.xlsx');
    if (badPart === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok ? null : result.error.code).toBe('unsafe-xml');
      expect(result.ok ? '' : result.error.message).toContain(`"${badPart}"`);
    }
  });

  it('checks sheets built with real content', () => {
    const parts = inflateZip(
      buildXlsx([{ name: 'S', xml: `<row r="1">${textCell('A1', '<!DOCTYPE as text>')}</row>` }]),
      'ok.xlsx',
    );
    expect(parts.ok && checkXmlParts(parts.value, 'ok.xlsx').ok).toBe(true);
  });
});

/** Claims 4 billion entries in a zip64 end record, which would keep a naive reader looping. */
function forgeEntryCount(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const centralDirectoryOffset = view.getUint32(end + 16, true);
  // A zip64 end record and its locator, placed before the ordinary end record.
  const zip64 = new Uint8Array(56 + 20);
  const z = new DataView(zip64.buffer);
  z.setUint32(0, 0x06064b50, true);
  z.setUint32(32, 0xffffffff, true); // entries in total (low 32 bits)
  z.setUint32(48, centralDirectoryOffset, true);
  z.setUint32(56, 0x07064b50, true);
  z.setUint32(56 + 8, end, true); // where the zip64 end record starts
  const forged = new Uint8Array(zip.length + zip64.length);
  forged.set(zip.subarray(0, end));
  forged.set(zip64, end);
  forged.set(zip.subarray(end), end + zip64.length);
  return forged;
}

describe('checkPartChecksums', () => {
  it('accepts parts as they were zipped', () => {
    const zip = zipSync({
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><v>55</v></worksheet>'),
    });
    const parts = inflateZip(zip, 'ok.xlsx');
    expect(parts.ok && checkPartChecksums(zip, parts.value, 'ok.xlsx').ok).toBe(true);
  });

  it('refuses a part whose bytes changed, naming it', () => {
    const zip = zipSync({
      'xl/worksheets/sheet1.xml': [strToU8('<worksheet><v>55</v></worksheet>'), { level: 0 }],
    });
    // A stored part inflates without complaint whatever its bytes: only the checksum can tell.
    const damaged = zip.slice();
    const at = Buffer.from(damaged).indexOf('<v>55</v>');
    expect(at).toBeGreaterThan(0);
    damaged[at + 3] = 0x39; // the first 5 becomes a 9
    const parts = inflateZip(damaged, 'damaged.xlsx');
    expect(parts.ok).toBe(true);
    const result = parts.ok ? checkPartChecksums(damaged, parts.value, 'damaged.xlsx') : null;
    expect(result?.ok ? null : result?.error.code).toBe('corrupt-workbook');
    expect(result?.ok ? '' : result?.error.message).toContain('"xl/worksheets/sheet1.xml"');
  });
});
