import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { findUnsafeXmlDeclaration } from './xml-safety';

function utf16(text: string, byteOrder: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(byteOrder === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] =
      byteOrder === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
}

const SAFE_SHEET =
  '<?xml version="1.0"?><worksheet><sheetData><row r="1"/></sheetData></worksheet>';
const WITH_DOCTYPE =
  '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>';

describe('findUnsafeXmlDeclaration', () => {
  it.each([
    ['a plain sheet', strToU8(SAFE_SHEET), null],
    ['a DOCTYPE with an internal ENTITY', strToU8(WITH_DOCTYPE), '<!DOCTYPE'],
    ['a lower-case doctype', strToU8('<?xml version="1.0"?><!doctype w><w/>'), '<!DOCTYPE'],
    ['a lone ENTITY', strToU8('<w><!ENTITY x SYSTEM "file:///etc/passwd"></w>'), '<!ENTITY'],
    ['an escaped DOCTYPE in text', strToU8('<t>&lt;!DOCTYPE is fine as text</t>'), null],
    ['a comment', strToU8('<!-- DOCTYPE --><w/>'), null],
    ['a DOCTYPE cut off at the end', strToU8('<w/><!DOCTY'), null],
    ['a UTF-8 BOM and a DOCTYPE', strToU8('\ufeff<!DOCTYPE w><w/>'), '<!DOCTYPE'],
    ['UTF-16LE with a DOCTYPE', utf16(WITH_DOCTYPE, 'le'), '<!DOCTYPE'],
    ['UTF-16BE with a DOCTYPE', utf16(WITH_DOCTYPE, 'be'), '<!DOCTYPE'],
    ['UTF-16LE without one', utf16(SAFE_SHEET, 'le'), null],
    ['nothing', new Uint8Array(0), null],
  ])('%s', (_, bytes, expected) => {
    expect(findUnsafeXmlDeclaration(bytes)).toBe(expected);
  });

  it('finds a declaration wherever it is put, and nothing in text without "<!"', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('<!'));
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom('<!DOCTYPE w>', '<!ENTITY e "x">'),
        (before, after, declaration) => {
          expect(findUnsafeXmlDeclaration(strToU8(before + after))).toBeNull();
          expect(findUnsafeXmlDeclaration(strToU8(before + declaration + after))).toBe(
            declaration.slice(0, declaration.indexOf(' ')),
          );
        },
      ),
    );
  });
});
