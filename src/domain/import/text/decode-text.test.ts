import fc from 'fast-check';
import { decodeText } from './decode-text';
import { concat, randomBytes, utf16 } from './test-input';

const file = 'upload.csv';
const encoder = new TextEncoder();

describe('decodeText: encodings', () => {
  const text = 'Region;Deliveries\nÎle-de-France;1 204\n北京;980\n😎;1\n';

  it.each([
    ['UTF-8 without BOM', encoder.encode(text), 'utf-8', false],
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], encoder.encode(text)), 'utf-8', true],
    ['UTF-16 LE with BOM', utf16(text, true), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16(text, false), 'utf-16be', true],
  ])('%s', (_name, bytes, encoding, bom) => {
    const result = decodeText(bytes, file);
    expect(result).toMatchObject({ ok: true, value: { text, encoding, bom } });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'encoding', severity: 'info', file }),
    ]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 and says so, naming the line', () => {
    // "Région;Livraisons\nCôte d'Azur;12€" in Windows-1252: é = 0xE9, ô = 0xF4, € = 0x80.
    const bytes = concat(
      encoder.encode('Region;Deliveries\nR'),
      [0xe9],
      encoder.encode('gion;1\nC'),
      [0xf4],
      encoder.encode('te;12'),
      [0x80],
    );
    const result = decodeText(bytes, file);
    expect(result).toMatchObject({
      ok: true,
      value: {
        text: 'Region;Deliveries\nRégion;1\nCôte;12€',
        encoding: 'windows-1252',
        bom: false,
      },
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'encoding', severity: 'info', row: 2 }),
    ]);
    expect(result.issues[0]?.message).toContain('Windows-1252');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array(0), file)).toMatchObject({
      ok: true,
      value: { text: '', encoding: 'utf-8' },
    });
  });
});

describe('decodeText: rejected bytes', () => {
  it.each([
    ['a NUL byte', concat(encoder.encode('a,b\n1,2\n3,'), [0], encoder.encode('4\n')), 3, '3'],
    ['a NUL byte on the first line', concat(encoder.encode('ab'), [0, 0]), 1, '3'],
    [
      'control codes throughout',
      Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61)),
      1,
      '1',
    ],
    [
      'a ZIP archive (a workbook renamed .csv)',
      concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      1,
      '6',
    ],
    ['UTF-16 text with a NUL character', utf16('a,b\n\u0000', true), 2, '1'],
  ])('%s is a binary file', (_name, bytes, row, column) => {
    const result = decodeText(bytes, file);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'binary-file', severity: 'error', file, row, column },
    });
    if (result.ok) return;
    expect(result.error.message).toContain(`${file}, line ${row}`);
    expect(result.error.message).toContain('binary file');
  });

  it.each([
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0, 0], 'XLSX or ODS'],
    ['an XLS workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'XLS'],
    ['UTF-16 without a byte-order mark', [...utf16('a,b\n1,2\n', true, false)], 'UTF-16'],
  ])('says what %s probably is', (_name, bytes, hint) => {
    const result = decodeText(Uint8Array.from(bytes), file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.hint).toContain(hint);
  });

  it('rejects random binary content, quickly', () => {
    const result = decodeText(randomBytes(1 << 20, 42), 'photo.csv');
    expect(result).toMatchObject({ ok: false, error: { code: 'binary-file', file: 'photo.csv' } });
  });

  it.each([
    [
      'UTF-8 BOM then invalid UTF-8',
      concat([0xef, 0xbb, 0xbf], encoder.encode('a\nb'), [0xff]),
      2,
      '2',
    ],
    ['UTF-16 LE with a lone surrogate', concat(utf16('a\nb', true), [0x00, 0xd8]), 2, '2'],
    ['UTF-16 BE with an odd byte at the end', concat(utf16('ab', false), [0x61]), 1, '3'],
  ])('%s: a byte-order mark that does not fit the bytes', (_name, bytes, row, column) => {
    expect(decodeText(bytes, file)).toMatchObject({
      ok: false,
      error: { code: 'bad-encoding', row, column, file },
    });
  });

  it('accepts any UTF-8 text without control codes as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const isControl = (char: string): boolean => {
          const code = char.charCodeAt(0);
          return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
        };
        const clean = [...text].filter((char) => !isControl(char)).join('');
        expect(decodeText(encoder.encode(clean), file)).toMatchObject({
          ok: true,
          value: { text: clean, encoding: 'utf-8' },
        });
      }),
      { numRuns: 1000 },
    );
  });
});
