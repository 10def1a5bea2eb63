import type { ImportResult, RawTable } from '../types';
import { createDelimitedParser, parseDelimited } from './delimited-parser';
import { readTextTable } from './read-text-table';
import { concat, randomBytes, utf16 } from './test-input';

const encoder = new TextEncoder();
const bytes = (text: string): Uint8Array => encoder.encode(text);
const TEN_MB = 10 * 1024 * 1024;

function rows(result: ImportResult<RawTable>): RawTable['rows'] {
  if (!result.ok) throw new Error(`unexpected rejection: ${result.error.message}`);
  return result.value.rows;
}

describe('readTextTable: encodings and delimiters, with notes saying which', () => {
  const text = 'Region;Deliveries\nNorge;1 204\nÎle-de-France;980\n';
  const expected = [
    ['Region', 'Deliveries'],
    ['Norge', '1 204'],
    ['Île-de-France', '980'],
  ];

  it.each([
    ['UTF-8', bytes(text), 'UTF-8'],
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], bytes(text)), 'UTF-8 (it has a byte-order mark)'],
    ['UTF-16 LE', utf16(text, true), 'UTF-16 LE'],
    ['UTF-16 BE', utf16(text, false), 'UTF-16 BE'],
    ['Windows-1252', Uint8Array.from([...text].map((char) => char.charCodeAt(0))), 'Windows-1252'],
  ])('%s', (_name, input, encodingName) => {
    const result = readTextTable(input, 'deliveries.csv');
    expect(rows(result)).toEqual(expected);
    if (!result.ok) return;
    const [encodingNote, delimiterNote] = result.value.notes;
    expect(encodingNote).toMatchObject({
      code: 'encoding',
      severity: 'info',
      file: 'deliveries.csv',
    });
    expect(encodingNote?.message).toContain(encodingName);
    expect(delimiterNote).toMatchObject({ code: 'delimiter', severity: 'info' });
    expect(delimiterNote?.message).toContain('semicolon');
    expect(result.issues).toEqual(result.value.notes);
  });

  it('uses the delimiter it is given', () => {
    const result = readTextTable(bytes('a;b,c\n1;2,3'), 'x.csv', { delimiter: ';' });
    expect(rows(result)).toEqual([
      ['a', 'b,c'],
      ['1', '2,3'],
    ]);
  });

  it.each([
    ['x.tsv', '\t', 'info'],
    ['x.csv', ',', 'warning'],
  ])('settles an undecided delimiter by the name %s', (file, delimiter, severity) => {
    const result = readTextTable(bytes('Deliveries, units\tDate\n1,200\t2019-06-01\n'), file);
    expect(result.ok && result.value.rows[0]).toEqual('Deliveries, units\tDate'.split(delimiter));
    const delimiterNote = result.issues.find((issue) => issue.code === 'delimiter');
    expect(delimiterNote?.severity).toBe(severity);
  });
});

describe('readTextTable: bad input ends quickly with a message naming file, row and column', () => {
  it.each([
    ['unterminated quote', 'a,b\n1,"never closed\n2,3\n', 'unterminated-quote', 2, '2 ("b")'],
    ['stray quote inside a field', 'a,b\n1,2" screen\n', 'unescaped-quote', 2, '2 ("b")'],
    ['text after a closing quote', 'a,b\n1,"2" screen\n', 'text-after-closing-quote', 2, '2 ("b")'],
    ['ragged row', 'a,b,c\n1,2,3\r\n4,5\r6,7,8\n', 'ragged-row', 3, '3 ("c")'],
    ['empty file', '', 'empty-file', 1, '1'],
  ])('%s', (_name, text, code, row, column) => {
    const result = readTextTable(bytes(text), 'bad.csv');
    expect(result).toMatchObject({ ok: false, error: { code, row, column, file: 'bad.csv' } });
    if (result.ok) return;
    expect(result.error.message).toContain(`bad.csv, line ${row}, column ${column}`);
    expect(result.issues[0]).toMatchObject({ code: 'encoding' });
  });

  it('accepts mixed line endings as row ends, with editor line numbers', () => {
    const result = readTextTable(bytes('a,b\r\n1,2\n3,4\r5,6\r\n'), 'mixed.csv');
    expect(rows(result)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(result.ok && result.value.rowNumbers).toEqual([1, 2, 3, 4]);
  });

  it('summarises hundreds of ragged rows as one issue', () => {
    const lines = [
      'Date,Region,Deliveries',
      ...Array.from({ length: 313 }, (_, day) => `${day},Norway`),
    ];
    const result = readTextTable(bytes(lines.join('\r\n')), 'short.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ragged-row', row: 2, column: '3 ("Deliveries")', moreLikeThis: 312 },
    });
    if (!result.ok) expect(result.error.message).toContain('312 more rows like this');
  });

  it('reads a 10 MB single line as one long header cell', () => {
    const result = readTextTable(bytes('x'.repeat(TEN_MB)), 'long.csv');
    expect(result.ok && String(result.value.rows[0]?.[0]).length).toBe(TEN_MB);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'no-data-rows', row: 1 }));
  });

  it('rejects a 10 MB single line of fields as too many columns', () => {
    const result = readTextTable(bytes('1,'.repeat(TEN_MB / 2)), 'wide.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-many-columns', row: 1, column: '16385' },
    });
  });

  it('rejects a 10 MB single line with an open quote, naming where it opened', () => {
    const result = readTextTable(bytes(`a,"${'x'.repeat(TEN_MB)}`), 'open.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unterminated-quote', row: 1, column: '2' },
    });
  });

  it('reads a 10 MB single line the same in 64 KB chunks as whole', () => {
    const text = `a,b\n"${'y,'.repeat(TEN_MB / 4)}",${'z'.repeat(TEN_MB / 2)}\n`;
    const parser = createDelimitedParser({ file: 'long.csv' });
    for (let start = 0; start < text.length; start += 65_536)
      parser.push(text.slice(start, start + 65_536));
    const chunked = parser.end();
    expect(rows(chunked)[1]?.map((cell) => String(cell).length)).toEqual([TEN_MB / 2, TEN_MB / 2]);
    expect(chunked).toEqual(parseDelimited(text, { file: 'long.csv' }));
  });

  it.each([
    [
      'NUL bytes in text',
      concat(bytes('Date,Deliveries\n2019-06-01,1'), [0, 0, 0], bytes('\n')),
      2,
      '13',
    ],
  ])('rejects %s as binary', (_name, input, row, column) => {
    const result = readTextTable(input, 'renamed.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'binary-file', file: 'renamed.csv', row, column },
    });
  });

  it.each([
    ['a binary file renamed .csv', randomBytes(1 << 20, 7), 'Save the table as CSV'],
    ['a workbook renamed .csv', concat([0x50, 0x4b, 0x03, 0x04], randomBytes(4096, 3)), 'XLSX'],
  ])('rejects %s as binary, saying where and what to do', (_name, input, hint) => {
    const result = readTextTable(input, 'renamed.csv');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'binary-file', file: 'renamed.csv' },
    });
    if (result.ok) return;
    // Random bytes hold line breaks, so the first NUL is on whatever line it falls.
    const { row, column, message } = result.error;
    expect(message).toContain(`renamed.csv, line ${row}, character ${column}`);
    expect(message).toContain('binary file, not delimited text');
    expect(result.error.hint).toContain(hint);
  });

  it('reads a header-only file with a note', () => {
    const result = readTextTable(bytes('Date,Region,Deliveries\r\n'), 'header.csv');
    expect(rows(result)).toEqual([['Date', 'Region', 'Deliveries']]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'no-data-rows', severity: 'warning' }),
    );
  });

  it('keeps duplicate and empty headers, noting each, and summarises many', () => {
    const header = ['Date', ...Array.from({ length: 12 }, () => 'Deliveries'), '', ''];
    const result = readTextTable(
      bytes(`${header.join(',')}\n${header.map(() => '1').join(',')}`),
      'dup.csv',
    );
    expect(rows(result)[0]).toEqual(header);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate-header',
        column: '3 ("Deliveries")',
        moreLikeThis: 10,
      }),
    );
    expect(
      result.issues.filter((issue) => issue.code === 'empty-header').map((issue) => issue.column),
    ).toEqual(['14', '15']);
  });

  it('keeps __proto__ and constructor headers as columns without touching Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = readTextTable(bytes('__proto__,constructor,prototype\n{},x,y\n'), 'proto.csv');
    expect(rows(result)).toEqual([
      ['__proto__', 'constructor', 'prototype'],
      ['{}', 'x', 'y'],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
