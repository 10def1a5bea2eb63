import type { ImportResult, RawTable } from '../types';
import { createDelimitedParser, parseDelimited } from './delimited-parser';
import { MAX_FIELDS_PER_ROW } from './delimited-tokenizer';

const file = 'deliveries.csv';

function rejection(result: ImportResult<RawTable>) {
  if (result.ok) throw new Error(`unexpectedly read: ${JSON.stringify(result.value.rows)}`);
  return result;
}

describe('parseDelimited: rejected input', () => {
  it.each([
    ['unterminated quote', 'a,b\n1,2\n3,"open\n4,5\n', 'unterminated-quote', 3, '2 ("b")'],
    ['quote inside an unquoted field', 'a,b\n1,2 "inch"\n', 'unescaped-quote', 2, '2 ("b")'],
    ['text after a closing quote', 'a,b\n"1"x,2\n', 'text-after-closing-quote', 2, '1 ("a")'],
    ['quote error on a later line of a row', 'a,b\n"x\ny",2"\n', 'unescaped-quote', 3, '2 ("b")'],
    ['ragged row, too few', 'a,b,c\n1,2,3\n4,5\n', 'ragged-row', 3, '3 ("c")'],
    ['ragged row, too many', 'a,b\n1,2\n3,4,5\n', 'ragged-row', 3, '3'],
    ['empty file', '', 'empty-file', 1, '1'],
    ['only a byte-order mark', '\uFEFF', 'empty-file', 1, '1'],
    ['quote error in the header', 'a,b"\n1,2', 'unescaped-quote', 1, '2'],
  ])('%s', (_name, text, code, row, column) => {
    const { error } = rejection(parseDelimited(text, { file }));
    expect(error).toMatchObject({ code, row, column, file, severity: 'error' });
    expect(error.message).toContain(`${file}, line ${row}, column ${column}`);
  });

  it('names the first ragged row and summarises the others', () => {
    const lines = ['a,b', ...Array.from({ length: 313 }, (_, index) => `${index},x,extra`)];
    const { error, issues } = rejection(parseDelimited(lines.join('\n'), { file }));
    expect(error).toMatchObject({ code: 'ragged-row', row: 2, moreLikeThis: 312 });
    expect(error.message).toContain('312 more rows like this');
    expect(issues.filter((issue) => issue.code === 'ragged-row')).toEqual([]);
  });

  it('lists fewer than ten ragged rows one by one', () => {
    const { error, issues } = rejection(parseDelimited('a,b\n1\n2\n3,4\n5', { file }));
    expect(error).toMatchObject({ code: 'ragged-row', row: 2 });
    expect(error.moreLikeThis).toBeUndefined();
    expect(issues.filter((issue) => issue.code === 'ragged-row').map((issue) => issue.row)).toEqual(
      [3, 5],
    );
  });

  it('rejects a row with more fields than a table can have', () => {
    const { error } = rejection(
      parseDelimited(`${'x,'.repeat(MAX_FIELDS_PER_ROW + 5)}x`, { file }),
    );
    expect(error).toMatchObject({ code: 'too-many-columns', row: 1 });
  });

  it.each(['', ';;', '"', '\n'])('refuses %j as a delimiter', (delimiter) => {
    const { error } = rejection(parseDelimited('a,b\n1,2', { file, delimiter }));
    expect(error).toMatchObject({ code: 'bad-delimiter', file });
  });
});

describe('createDelimitedParser', () => {
  it('gives the same table whatever the chunks, including \\r|\\n and "|" splits', () => {
    const text = 'a,b\r\n"x\r\n""y""",2\r\n3,4\r\n';
    const whole = parseDelimited(text, { file });
    for (let split = 0; split <= text.length; split += 1) {
      const parser = createDelimitedParser({ file });
      parser.push(text.slice(0, split));
      parser.push('');
      parser.push(text.slice(split));
      expect(parser.end()).toEqual(whole);
    }
  });

  it('refuses to be used after end', () => {
    const parser = createDelimitedParser({ file });
    parser.push('a\n1');
    parser.end();
    expect(() => parser.push('2')).toThrow();
    expect(() => parser.end()).toThrow();
  });
});
