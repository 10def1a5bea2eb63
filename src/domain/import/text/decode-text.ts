import type { ImportIssue, ImportResult } from '../types';
import { placeText } from './issues';
import { decodeWindows1252 } from './windows-1252';
import { firstInvalidUtf16Offset, firstInvalidUtf8Offset } from './unicode-check';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

const CR = 0x0d;
const LF = 0x0a;
/** Text has next to no control codes; random bytes have about 10 % of them. */
const BINARY_CONTROL_SHARE = 0.03;
const CONTROL_SAMPLE = 65_536;

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** C0 controls other than tab, LF, VT, FF and CR, and DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

/** Line and column (1-based, in code units) of an offset, counting \r\n, \n and \r as breaks. */
function positionOf(
  codeAt: (index: number) => number,
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    const c = codeAt(i);
    if (c !== CR && c !== LF) continue;
    if (!(c === LF && i > 0 && codeAt(i - 1) === CR)) line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the content stops looking like text: the first NUL, or the first control code when too many. */
function binarySign(length: number, codeAt: (index: number) => number, firstNul: number): number {
  if (firstNul >= 0) return firstNul;
  const sample = Math.min(length, CONTROL_SAMPLE);
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < sample; i += 1) {
    if (!isControl(codeAt(i))) continue;
    controls += 1;
    if (firstControl < 0) firstControl = i;
  }
  return sample > 0 && controls / sample > BINARY_CONTROL_SHARE ? firstControl : -1;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.min(Math.floor(bytes.length / 2), 512);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let k = 0; k < pairs; k += 1) {
    if (bytes[2 * k] === 0) zeroEven += 1;
    if (bytes[2 * k + 1] === 0) zeroOdd += 1;
  }
  return (
    pairs > 0 && Math.max(zeroEven, zeroOdd) >= 0.9 * pairs && Math.min(zeroEven, zeroOdd) === 0
  );
}

function binaryHint(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'It starts like an XLSX or ODS workbook (a ZIP archive): import it as a workbook.';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'It starts like an XLS workbook: import it as a workbook.';
  }
  if (looksLikeUtf16WithoutBom(bytes)) {
    return 'It may be UTF-16 text without a byte-order mark: save it as UTF-8 and import it again.';
  }
  return 'Save the table as CSV or tab-separated text and import that.';
}

function failure(
  file: string,
  code: string,
  where: { line: number; column: number },
  text: string,
  hint: string,
): ImportResult<DecodedText> {
  const column = `${where.column}`;
  const error: ImportIssue = {
    code,
    severity: 'error',
    message: `${placeText(file, where.line)}, character ${column}: ${text}.`,
    file,
    row: where.line,
    column,
    hint,
  };
  return { ok: false, error, issues: [] };
}

function decoded(
  file: string,
  text: string,
  encoding: TextEncodingName,
  bom: boolean,
): ImportResult<DecodedText> {
  const how = bom ? ' (it has a byte-order mark)' : '';
  const note: ImportIssue = {
    code: 'encoding',
    severity: 'info',
    message: `${placeText(file)}: read as ${ENCODING_NAMES[encoding]}${how}.`,
    file,
  };
  return { ok: true, value: { text, encoding, bom }, issues: [note] };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    // The only expected failure: malformed input, reported by the caller with its place.
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function decodeUtf16(
  bytes: Uint8Array,
  file: string,
  encoding: 'utf-16le' | 'utf-16be',
): ImportResult<DecodedText> {
  const text = tryDecode(encoding, bytes);
  const littleEndian = encoding === 'utf-16le';
  if (text === null) {
    const offset = firstInvalidUtf16Offset(bytes, littleEndian);
    const unitAt = (k: number): number => {
      const first = bytes[2 * k] ?? 0;
      const second = bytes[2 * k + 1] ?? 0;
      return littleEndian ? first | (second << 8) : (first << 8) | second;
    };
    // Skip the byte-order mark so positions count characters of the text.
    const where = positionOf((k) => unitAt(k + 1), Math.max(0, Math.floor(offset / 2) - 1));
    const name = ENCODING_NAMES[encoding];
    return failure(
      file,
      'bad-encoding',
      where,
      `this is not valid ${name} text, though its byte-order mark says it is`,
      'Save the file again as UTF-8.',
    );
  }
  const sign = binarySign(text.length, (i) => text.charCodeAt(i), text.indexOf('\0'));
  if (sign >= 0) {
    const where = positionOf((i) => text.charCodeAt(i), sign);
    return failure(
      file,
      'binary-file',
      where,
      'this looks like a binary file, not delimited text',
      binaryHint(bytes),
    );
  }
  return decoded(file, text, encoding, true);
}

/**
 * Turns a file's bytes into text: a byte-order mark decides UTF-8 or UTF-16; otherwise valid
 * UTF-8 is UTF-8 and anything else is read as Windows-1252, with a note saying so. Binary
 * content (NUL bytes, many control codes) is rejected rather than read as garbage.
 */
export function decodeText(bytes: Uint8Array, file: string): ImportResult<DecodedText> {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, file, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, file, 'utf-16be');
  const byteAt = (i: number): number => bytes[i] ?? 0;
  const sign = binarySign(bytes.length, byteAt, bytes.indexOf(0));
  if (sign >= 0) {
    const where = positionOf(byteAt, sign);
    return failure(
      file,
      'binary-file',
      where,
      'this looks like a binary file, not delimited text',
      binaryHint(bytes),
    );
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return decoded(file, utf8, 'utf-8', bom);
  const offset = firstInvalidUtf8Offset(bytes);
  const where = positionOf(byteAt, offset);
  if (bom) {
    return failure(
      file,
      'bad-encoding',
      where,
      'this is not valid UTF-8 text, though its byte-order mark says it is',
      'Save the file again as UTF-8.',
    );
  }
  const text = decodeWindows1252(bytes);
  const note: ImportIssue = {
    code: 'encoding',
    severity: 'info',
    message: `${placeText(file, where.line)}: not valid UTF-8 from here on, so the file was read as Windows-1252.`,
    file,
    row: where.line,
    hint: 'If letters look wrong, save the file as UTF-8 and import it again.',
  };
  return { ok: true, value: { text, encoding: 'windows-1252', bom: false }, issues: [note] };
}
