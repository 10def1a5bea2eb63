import type { ImportResult, RawTable } from '../types';
import { parseDelimited } from './delimited-parser';

const file = 'deliveries.csv';

function table(result: ImportResult<RawTable>): RawTable {
  if (!result.ok) throw new Error(`unexpected rejection: ${result.error.message}`);
  return result.value;
}

function rejection(result: ImportResult<RawTable>) {
  if (result.ok) throw new Error(`unexpectedly read: ${JSON.stringify(result.value.rows)}`);
  return result;
}

describe('parseDelimited: rows and line numbers', () => {
  it.each([
    [
      'LF',
      'a,b\n1,2\n3,4',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
      [1, 2, 3],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n3,4\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
      [1, 2, 3],
    ],
    [
      'CR',
      'a,b\r1,2\r3,4\r',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ],
      [1, 2, 3],
    ],
    [
      'mixed line ends',
      'a,b\r\n1,2\n3,4\r5,6',
      [
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      [1, 2, 3, 4],
    ],
    [
      'line break inside quotes',
      'a,b\n"x\ny",2\n3,4',
      [
        ['a', 'b'],
        ['x\ny', '2'],
        ['3', '4'],
      ],
      [1, 2, 4],
    ],
    [
      'CRLF inside quotes counts as one line',
      'a,b\r\n"x\r\ny\r\nz",2\r\n3,4',
      [
        ['a', 'b'],
        ['x\r\ny\r\nz', '2'],
        ['3', '4'],
      ],
      [1, 2, 5],
    ],
    [
      'CR inside quotes',
      'a,b\r"x\ry",2\r3,4',
      [
        ['a', 'b'],
        ['x\ry', '2'],
        ['3', '4'],
      ],
      [1, 2, 4],
    ],
    ['escaped quotes', 'a\n"say ""hi"""', [['a'], ['say "hi"']], [1, 2]],
    [
      'delimiter inside quotes',
      'a,b\n"1,5",2',
      [
        ['a', 'b'],
        ['1,5', '2'],
      ],
      [1, 2],
    ],
    [
      'spaces kept',
      'a,b\n 1 , 2 ',
      [
        ['a', 'b'],
        [' 1 ', ' 2 '],
      ],
      [1, 2],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n"",,""',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
        ['', '', ''],
      ],
      [1, 2, 3],
    ],
    [
      'trailing delimiter',
      'a,b\n1,',
      [
        ['a', 'b'],
        ['1', ''],
      ],
      [1, 2],
    ],
    [
      'byte-order mark dropped',
      '\uFEFFa,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      [1, 2],
    ],
    ['one column keeps blank lines', 'a\n\n1\n', [['a'], [''], ['1']], [1, 2, 3]],
    [
      'unicode outside the BMP',
      'a,b\n😎,é',
      [
        ['a', 'b'],
        ['😎', 'é'],
      ],
      [1, 2],
    ],
  ])('%s', (_name, text, rows, rowNumbers) => {
    const result = table(parseDelimited(text, { file }));
    expect(result.rows).toEqual(rows);
    expect(result.rowNumbers).toEqual(rowNumbers);
    expect(result).toMatchObject({ file, sheet: null });
  });

  it.each([
    [
      ';',
      'a;b\n1,5;2',
      [
        ['a', 'b'],
        ['1,5', '2'],
      ],
    ],
    [
      '\t',
      'a\tb\n1\t2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '|',
      'a|b\n1|2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
  ])('reads with the delimiter %j', (delimiter, text, rows) => {
    expect(table(parseDelimited(text, { file, delimiter })).rows).toEqual(rows);
    expect(table(parseDelimited(text, { file })).rows).toEqual(rows);
  });

  it('reads cells pasted from a spreadsheet (tabs, a trailing line break)', () => {
    const pasted =
      'Date\tRegion\tDeliveries\n2019-06-28\tNorway\t1,204\n2019-06-29\t"Europe\nNorth"\t980\n';
    const result = table(parseDelimited(pasted, { file: 'pasted cells' }));
    expect(result.rows).toEqual([
      ['Date', 'Region', 'Deliveries'],
      ['2019-06-28', 'Norway', '1,204'],
      ['2019-06-29', 'Europe\nNorth', '980'],
    ]);
    expect(result.notes[0]).toMatchObject({ code: 'delimiter', severity: 'info' });
    expect(result.notes[0]?.message).toContain('tab');
  });

  it('skips blank lines of a wider table and says so', () => {
    const result = table(parseDelimited('a,b\n1,2\n\n3,4\n\n\n', { file }));
    expect(result.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(result.rowNumbers).toEqual([1, 2, 4]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'blank-lines', severity: 'warning', row: 3 }),
    );
  });

  it('skips blank lines at the end with an info note', () => {
    const result = table(parseDelimited('a,b\r\n1,2\r\n\r\n\r\n', { file }));
    expect(result.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'blank-lines', severity: 'info', row: 3 }),
    );
  });
});

describe('parseDelimited: headers', () => {
  it('keeps duplicate and empty headers and notes each', () => {
    const result = table(parseDelimited('Date,Deliveries,,Deliveries\n2019-06-01,1,2,3', { file }));
    expect(result.rows[0]).toEqual(['Date', 'Deliveries', '', 'Deliveries']);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'empty-header', severity: 'warning', row: 1, column: '3' }),
    );
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'duplicate-header', row: 1, column: '4 ("Deliveries")' }),
    );
  });

  it('keeps __proto__ and constructor as plain columns and leaves Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = table(
      parseDelimited('__proto__,constructor,toString\n"{""x"":1}",polluted,3', { file }),
    );
    expect(result.rows).toEqual([
      ['__proto__', 'constructor', 'toString'],
      ['{"x":1}', 'polluted', '3'],
    ]);
    expect(result.notes.filter((note) => note.code === 'duplicate-header')).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('notes a file with only a header', () => {
    const result = table(parseDelimited('Date,Deliveries\n', { file }));
    expect(result.rows).toEqual([['Date', 'Deliveries']]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'no-data-rows', severity: 'warning' }),
    );
  });

  it.each([
    ['a different name', 'foo,bar,qux\n1,2,3', '3 ("qux")'],
    ['a missing column', 'foo,bar\n1,2', '3'],
    ['an extra column', 'foo,bar,baz,qux\n1,2,3,4', '4 ("qux")'],
  ])('rejects a header with %s when one is expected', (_name, text, column) => {
    const { error } = rejection(
      parseDelimited(text, { file, expectedHeader: ['foo', 'bar', 'baz'] }),
    );
    expect(error).toMatchObject({ code: 'header-mismatch', row: 1, column, file });
  });
});
