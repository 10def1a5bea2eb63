import fc from 'fast-check';
import { TagAttributes } from './tag-attributes';
import { tagEnd } from './xml-bytes';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** What readUsual must give: tagEnd, then read() on the attributes, as the scanner did. */
function generic(bytes: Uint8Array, from: number) {
  const attributes = new TagAttributes();
  const close = tagEnd(bytes, from - 1, bytes.length);
  if (close < 0 || !attributes.read(bytes, from, close - 1)) return null;
  return { close, ...attributes };
}

function usual(bytes: Uint8Array, from: number) {
  const attributes = new TagAttributes();
  const close = attributes.readUsual(bytes, from, bytes.length);
  return close < 0 ? null : { close, ...attributes };
}

describe('TagAttributes.readUsual', () => {
  it.each<[string, string, number, number, string]>([
    ['a shared string cell', '<c r="B12" t="s"><v>3</v>', 1, -1, 's'],
    ['a styled number', '<c r="D2" s="1"><v>43701</v>', 1, 1, ''],
    ['an empty cell', '<c r="A1"/>', 1, -1, ''],
    ['no attributes', '<c><v>1</v>', -1, -1, ''],
    ['spaces around', '<c  s="12"  t="b" >', -1, 12, 'b'],
  ])('reads %s', (_name, tag, r, s, t) => {
    const bytes = bytesOf(tag);
    const read = usual(bytes, 2);
    expect(read).toEqual(generic(bytes, 2));
    expect(read?.r).toBe(r);
    expect(read?.s).toBe(s);
    expect(read && new TextDecoder().decode(bytes.subarray(read.tStart, read.tEnd))).toBe(t);
  });

  it.each<[string, string]>([
    ['a name of more than one letter', '<c r="A1" xml:space="x">'],
    ['single quotes', "<c r='A1'>"],
    ['an s that is not a number', '<c s="x">'],
    ['a tag cut short', '<c r="A1'],
    ['a slash not closing the tag', '<c / r="A1">'],
  ])('leaves a tag with %s to tagEnd and read()', (_name, tag) => {
    expect(usual(bytesOf(tag), 2)).toBeNull();
  });

  it('reads any tag as tagEnd and read() do, or leaves it to them', () => {
    const attribute = fc
      .tuple(
        fc.constantFrom('r', 's', 't', 'x', 'spans', 'xml:space'),
        fc.constantFrom('"', "'"),
        fc.stringMatching(/^[A-Z0-9 >/:a-z]{0,6}$/),
      )
      .map(([name, quote, value]) => `${name}=${quote}${value}${quote}`);
    fc.assert(
      fc.property(
        fc.array(attribute, { maxLength: 4 }),
        fc.constantFrom(' ', '  ', '\n'),
        fc.constantFrom('>', '/>', ' >', ''),
        (attributes, space, close) => {
          const bytes = bytesOf(`<c${attributes.map((a) => space + a).join('')}${close}<v>`);
          const read = usual(bytes, 2);
          if (read !== null) expect(read).toEqual(generic(bytes, 2));
        },
      ),
      { numRuns: 500 },
    );
  });
});
