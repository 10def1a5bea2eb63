import { rowEndOf } from './ahead-rows';

const encoder = new TextEncoder();
const COMMA = 0x2c;

describe('rowEndOf: where a row ends as the scanner reads it', () => {
  it.each([
    ['a plain row', 'a,b,c\nnext', 6],
    ['CRLF', 'a,b,c\r\nnext', 7],
    ['a quoted field with the delimiter', '"a,b",c\nnext', 8],
    ['a quoted field with a line break', '"a\nb",c\nnext', 8],
    ['a quoted last field, CRLF', 'a,"b\r\nc"\r\nnext', 10],
    ['"" escapes', '"a ""b""",c\nnext', 12],
    ['a quoted field closed by the line end', 'a,"b"\nnext', 6],
    ['an empty quoted field', 'a,"",c\n', 7],
    ['no line end', 'a,b,c', -1],
    ['a quoted field the text ends in', 'a,"b\nc,d\n', -1],
    ['a quote inside a plain field', 'a,b"c,d\n', -1],
    ['text after a closing quote', 'a,"b"c,d\n', -1],
    ['a closing quote then a lone CR', 'a,"b"\rc\n', -1],
  ])('%s', (_name, text, end) => {
    expect(rowEndOf(encoder.encode(text), 0, COMMA)).toBe(end);
  });

  it('starts where it is told', () => {
    expect(rowEndOf(encoder.encode('x\n"a\nb"\n'), 2, COMMA)).toBe(8);
  });
});
