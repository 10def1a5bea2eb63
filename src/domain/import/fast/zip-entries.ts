import { strFromU8 } from 'fflate';
import { crc32Update } from './crc32';
import { RawInflater } from './zip-entries-inflater';

/** One part of a zip, from its central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its compressed bytes start in the zip. */
  dataStart: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const UTF8_NAMES_FLAG = 0x800;
const ENCRYPTED_FLAG = 0x1;

/**
 * The parts of a zip as its central directory lists them, with where each part's data starts;
 * null for what the fast reader leaves to the general one (ZIP64, encryption, methods other than
 * stored and deflate, anything that does not add up).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_HEADER) {
      return null;
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const name = strFromU8(
      bytes.subarray(offset + 46, offset + 46 + nameLength),
      (flags & UTF8_NAMES_FLAG) === 0,
    );
    if ((flags & ENCRYPTED_FLAG) !== 0 || (method !== 0 && method !== 8)) return null;
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_FILE_HEADER) return null;
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return null;
    entries.push({ name, method, flags, crc, compressedSize, size, dataStart });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflated bytes after which streamPart pauses: a few milliseconds of inflating, checking and
 * scanning in a browser's worker once the code is compiled, and still well under 100 ms in the
 * first steps, which run before it is (512 KiB steps took 100-200 ms there).
 */
export const PART_STEP_BYTES = 1 << 17;

/**
 * Streams a part: its inflated bytes in chunks to `onChunk` (views the next chunk reuses: a
 * caller keeps a copy of what it keeps), never more than a step's bytes at once. A generator
 * that pauses (yielding the compressed bytes read so far) after each `stepBytes` of inflated
 * bytes, so a caller can yield to its event loop, report progress or stop; it returns false
 * when the stream is damaged or is not its declared size, or when `onChunk` said stop.
 */
export function* streamPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array, last: boolean) => boolean,
  stepBytes = PART_STEP_BYTES,
): Generator<number, boolean> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) return false;
    return yield* stepThrough(data, onChunk, stepBytes);
  }
  // A small part in one piece, into a buffer of about its size.
  const inflater = new RawInflater(data, Math.max(1, Math.min(stepBytes, entry.size)));
  let produced = 0;
  for (;;) {
    const chunk = inflater.next();
    if (chunk === null) return false;
    produced += chunk.length;
    // A part past its declared size stops here, a piece after it did: a zip bomb fills no memory.
    if (produced > entry.size) return false;
    if (!onChunk(chunk, inflater.done)) return false;
    if (inflater.done) return produced === entry.size;
    yield inflater.bytesRead;
  }
}

/** Hands a stored part to `onChunk` in `stepBytes` pieces, pausing between them. */
function* stepThrough(
  content: Uint8Array,
  onChunk: (chunk: Uint8Array, last: boolean) => boolean,
  stepBytes: number,
): Generator<number, boolean> {
  for (let at = 0; ; at += stepBytes) {
    const last = at + stepBytes >= content.length;
    if (!onChunk(content.subarray(at, at + stepBytes), last)) return false;
    if (last) return true;
    yield at + stepBytes;
  }
}

/**
 * streamPart with the part's CRC-32 checked as it goes: false also when the inflated bytes do
 * not match the checksum the zip recorded.
 */
export function* streamCheckedPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array, last: boolean) => boolean,
  stepBytes = PART_STEP_BYTES,
): Generator<number, boolean> {
  let crc = 0;
  const streamed = yield* streamPart(
    bytes,
    entry,
    (chunk, last) => {
      crc = crc32Update(crc, chunk);
      return onChunk(chunk, last);
    },
    stepBytes,
  );
  return streamed && crc === entry.crc;
}

/**
 * A whole part inflated in steps into exactly its declared size, its checksum checked; null
 * when it is damaged or not that size.
 */
export function* collectPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  stepBytes = PART_STEP_BYTES,
): Generator<number, Uint8Array | null> {
  const content = new Uint8Array(entry.size);
  let at = 0;
  const streamed = yield* streamCheckedPart(
    bytes,
    entry,
    (chunk) => {
      // streamPart stops before a part outgrows its declared size; this is that check again.
      if (at + chunk.length > content.length) return false;
      content.set(chunk, at);
      at += chunk.length;
      return true;
    },
    stepBytes,
  );
  return streamed && at === entry.size ? content : null;
}
