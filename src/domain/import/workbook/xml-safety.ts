export type UnsafeXmlDeclaration = '<!DOCTYPE' | '<!ENTITY';

const DECLARATIONS: readonly UnsafeXmlDeclaration[] = ['<!DOCTYPE', '<!ENTITY'];
const LESS_THAN = 0x3c;
const UNSAFE_IN_TEXT = /<!(DOCTYPE|ENTITY)/i;

/**
 * Finds a DOCTYPE or ENTITY declaration in an XML part: the doors to entity expansion and
 * external entities, which workbook parts never need. UTF-8 parts are scanned as bytes so a
 * 100 MB sheet is not decoded to a string; UTF-16 parts (rare) are decoded by their byte order
 * mark. Case-insensitive, because lenient parsers accept `<!doctype`.
 */
export function findUnsafeXmlDeclaration(bytes: Uint8Array): UnsafeXmlDeclaration | null {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const match = UNSAFE_IN_TEXT.exec(new TextDecoder(utf16).decode(bytes));
    if (!match) return null;
    return match[1]?.toUpperCase() === 'DOCTYPE' ? '<!DOCTYPE' : '<!ENTITY';
  }
  for (let at = bytes.indexOf(LESS_THAN); at !== -1; at = bytes.indexOf(LESS_THAN, at + 1)) {
    const found = DECLARATIONS.find((declaration) => asciiMatchesAt(bytes, at, declaration));
    if (found) return found;
  }
  return null;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function asciiMatchesAt(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const byte = bytes[at + i];
    if (byte === undefined || toUpperAscii(byte) !== text.charCodeAt(i)) return false;
  }
  return true;
}

function toUpperAscii(byte: number): number {
  return byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte;
}
