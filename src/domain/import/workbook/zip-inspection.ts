import { unzipSync, zipSync } from 'fflate';
import type { ImportResult } from '../types';
import { formatMegabytes, guardParser, workbookError } from './workbook-issues';
import { crc32, declaredChecksums } from './zip-checksums';
import { findUnsafeXmlDeclaration } from './xml-safety';

/** Past this a workbook would not fit comfortably in a browser tab anyway. */
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 200_000_000;
/** Spreadsheet XML compresses 10–30:1; far beyond that, a large part is a decompression bomb. */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECKED_FROM_BYTES = 10_000_000;
/** The smallest central-directory record: a zip cannot list more entries than this allows. */
const CENTRAL_DIRECTORY_RECORD_BYTES = 46;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  /** As declared by the zip's central directory, before anything is inflated. */
  uncompressedSize: number;
}

/** Reads the zip's central directory only: names and declared sizes, nothing inflated. */
export function readZipDirectory(bytes: Uint8Array, file: string): ImportResult<ZipEntryInfo[]> {
  const maxEntries = Math.floor(bytes.length / CENTRAL_DIRECTORY_RECORD_BYTES);
  return guardParser(file, 'zip directory', () => {
    const entries: ZipEntryInfo[] = [];
    unzipSync(bytes, {
      filter: (entry) => {
        // A forged entry count would otherwise make fflate loop billions of times.
        if (entries.length >= maxEntries) {
          throw new Error('the zip directory lists more entries than the file can hold');
        }
        entries.push({
          name: entry.name,
          compressedSize: entry.size,
          uncompressedSize: entry.originalSize,
        });
        return false;
      },
    });
    return entries;
  });
}

/**
 * Refuses zip bombs by the sizes the directory declares, before inflating anything. The parts
 * are then inflated into buffers of exactly the declared size (fflate never grows them), so a
 * part that lies about its size is cut short instead of filling memory.
 */
export function checkDeclaredSizes(
  entries: readonly ZipEntryInfo[],
  file: string,
): ImportResult<null> {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_CHECKED_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      return workbookError(
        'zip-bomb',
        file,
        `${file} was refused: its part "${entry.name}" would unpack from ${formatMegabytes(entry.compressedSize)} to ${formatMegabytes(entry.uncompressedSize)} (more than ${MAX_COMPRESSION_RATIO}:1), which real spreadsheets never do.`,
        'If the file is genuine, open it in Excel or LibreOffice, save it again and upload the new file.',
      );
    }
  }
  if (total > MAX_TOTAL_UNCOMPRESSED_BYTES) {
    return workbookError(
      'workbook-too-large',
      file,
      `${file} was refused: it would unpack to ${formatMegabytes(total)}, more than the ${formatMegabytes(MAX_TOTAL_UNCOMPRESSED_BYTES)} a browser tab can safely read.`,
      'Split the data over smaller files, or export only the sheets and columns needed.',
    );
  }
  return { ok: true, value: null, issues: [] };
}

/** Inflates every part. Call only after checkDeclaredSizes. Keyed by part name. */
export function inflateZip(bytes: Uint8Array, file: string): ImportResult<Map<string, Uint8Array>> {
  return guardParser(file, 'compressed parts', () => new Map(Object.entries(unzipSync(bytes))));
}

/** Refuses parts whose content does not match the CRC-32 the zip recorded for them. */
export function checkPartChecksums(
  bytes: Uint8Array,
  parts: ReadonlyMap<string, Uint8Array>,
  file: string,
): ImportResult<null> {
  const declared = declaredChecksums(bytes);
  const damaged = declared
    ? [...parts].find(([name, content]) => {
        const expected = declared.get(name);
        return expected !== undefined && crc32(content) !== expected;
      })?.[0]
    : 'zip directory';
  if (damaged === undefined) return { ok: true, value: null, issues: [] };
  return workbookError(
    'corrupt-workbook',
    file,
    `${file} is damaged: its part "${damaged}" does not match the checksum the file recorded for it.`,
    'Open it in Excel or LibreOffice, save it again and upload the new file.',
  );
}

const XML_PART_NAME = /\.(xml|rels|vml)$/i;

/** Rejects the first XML part that declares a DOCTYPE or an ENTITY, naming it. */
export function checkXmlParts(
  parts: ReadonlyMap<string, Uint8Array>,
  file: string,
): ImportResult<null> {
  for (const [name, content] of parts) {
    if (!XML_PART_NAME.test(name) && !looksLikeXml(content)) continue;
    const declaration = findUnsafeXmlDeclaration(content);
    if (declaration) {
      return workbookError(
        'unsafe-xml',
        file,
        `${file} was refused: its part "${name}" contains a ${declaration} declaration, which spreadsheets never need and which can be used to attack the reader.`,
        'If the file is genuine, open it in Excel or LibreOffice, save it again and upload the new file.',
      );
    }
  }
  return { ok: true, value: null, issues: [] };
}

function looksLikeXml(content: Uint8Array): boolean {
  const start = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  const first = content[start];
  return first === 0x3c || first === 0xff || first === 0xfe;
}

/**
 * The checked parts packed again without compression, for SheetJS: it then sees exactly the
 * bytes that were checked, and cannot be led by a lying size into inflating more.
 */
export function repackStored(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 0 });
}
