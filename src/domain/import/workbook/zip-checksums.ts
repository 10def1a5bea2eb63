import { strFromU8 } from 'fflate';
import { crc32Update } from '../fast/crc32';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const MAX_END_RECORD_SEARCH = 22 + 0xffff;
const UTF8_NAMES_FLAG = 0x800;

/**
 * The CRC-32 the zip's central directory records for each part, by name (decoded as fflate
 * decodes it). fflate does not check these, and a damaged part can inflate without error into
 * wrong text, so they are checked here. Null when the directory cannot be walked.
 */
export function declaredChecksums(bytes: Uint8Array): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (
      zip64End + 56 > bytes.length ||
      view.getUint32(zip64End, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY
    ) {
      return null;
    }
    count = Number(view.getBigUint64(zip64End + 32, true));
    offset = Number(view.getBigUint64(zip64End + 48, true));
  }
  const checksums = new Map<string, number>();
  for (let entry = 0; entry < count; entry++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_HEADER)
      return null;
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameBytes = bytes.subarray(offset + 46, offset + 46 + nameLength);
    checksums.set(
      strFromU8(nameBytes, (flags & UTF8_NAMES_FLAG) === 0),
      view.getUint32(offset + 16, true),
    );
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return checksums;
}

function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - MAX_END_RECORD_SEARCH);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return null;
}

/** CRC-32 as zip uses it (IEEE 802.3, reflected). */
export function crc32(bytes: Uint8Array): number {
  return crc32Update(0, bytes);
}
