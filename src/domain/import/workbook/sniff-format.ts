import { strFromU8, unzipSync } from 'fflate';
import { cfbEntryNames, hasCfbSignature, hasEncryptionStream } from './cfb-directory';
import { guardParser } from './workbook-issues';
import { readZipDirectory } from './zip-inspection';

export type SniffedFormat =
  'xlsx' | 'ods' | 'xls' | 'encrypted-workbook' | 'zip-other' | 'text' | 'binary';

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** The ODS mimetype part holds one short line; anything longer is not one. */
const MAX_MIMETYPE_BYTES = 256;
const TEXT_SAMPLE_BYTES = 64 * 1024;

/**
 * What a file is, by its bytes: the name is used only when a zip is too damaged to list, so
 * that a broken .xlsx is reported as a damaged workbook rather than as an unknown file.
 */
export function sniffFormat(bytes: Uint8Array, file: string): SniffedFormat {
  if (isZip(bytes)) return sniffZip(bytes, file);
  if (hasCfbSignature(bytes)) {
    const names = cfbEntryNames(bytes);
    // An unreadable container is left to the XLS reader, which reports it as damaged.
    return names && hasEncryptionStream(names) ? 'encrypted-workbook' : 'xls';
  }
  return looksLikeText(bytes) ? 'text' : 'binary';
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty zip.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function sniffZip(bytes: Uint8Array, file: string): SniffedFormat {
  const directory = readZipDirectory(bytes, file);
  if (!directory.ok) return formatFromExtension(file);
  const names = directory.value.map((entry) => entry.name);
  if (names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('xl/'))) {
    return 'xlsx';
  }
  if (names.includes('mimetype') && readMimetype(bytes, file).startsWith(ODS_MIMETYPE))
    return 'ods';
  return 'zip-other';
}

function readMimetype(bytes: Uint8Array, file: string): string {
  const parts = guardParser(file, 'mimetype', () =>
    unzipSync(bytes, {
      filter: (entry) => entry.name === 'mimetype' && entry.originalSize <= MAX_MIMETYPE_BYTES,
    }),
  );
  const mimetype = parts.ok ? parts.value['mimetype'] : undefined;
  return mimetype ? strFromU8(mimetype).trim() : '';
}

function formatFromExtension(file: string): SniffedFormat {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'ods') return 'ods';
  return 'zip-other';
}

/**
 * Text unless the start of the file has NUL bytes or more than 1 % control characters. UTF-16
 * text is full of NULs, so a UTF-16 (or UTF-8) byte order mark decides for text on its own.
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (hasTextBom(bytes)) return true;
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) controls++;
  }
  return controls <= Math.ceil(sample.length / 100);
}

/** Tab, line feed, vertical tab, form feed, carriage return, and the old DOS end-of-file mark. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);

function hasTextBom(bytes: Uint8Array): boolean {
  const [first, second, third] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  return first === 0xef && second === 0xbb && third === 0xbf;
}
