import { Inflate, inflateSync, strFromU8 } from 'fflate';

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
/** Compressed bytes given to the inflater at a time (see streamPart). */
const INFLATE_PUSH_BYTES = 1 << 14;

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

/** A whole (small) part, inflated into exactly its declared size; null when it is not that. */
export function partBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return data.length === entry.size ? data : null;
  try {
    const out = inflateSync(data, { out: new Uint8Array(entry.size) });
    return out.length === entry.size ? out : null;
  } catch (error) {
    // A damaged stream is the general reader's to report.
    if (error instanceof Error) return null;
    throw error;
  }
}

/**
 * Streams a part: its inflated bytes in chunks to `onChunk`, never the whole part at once. A
 * generator that pauses after each compressed chunk, so a caller can yield to its event loop,
 * report progress or stop; it returns false when the stream is damaged or is not its declared
 * size, or when `onChunk` said stop.
 */
export function* streamPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array, last: boolean) => boolean,
  inputChunkBytes = 1 << 20,
): Generator<number, boolean> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) return false;
    for (let at = 0; ; at += inputChunkBytes) {
      const last = at + inputChunkBytes >= data.length;
      if (!onChunk(data.subarray(at, at + inputChunkBytes), last)) return false;
      if (last) return true;
      yield at + inputChunkBytes;
    }
  }
  let produced = 0;
  let stopped = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (stopped) return;
    produced += chunk.length;
    if (produced > entry.size) {
      stopped = true;
      return;
    }
    if (!onChunk(chunk, final)) stopped = true;
    if (final) finished = true;
  });
  for (let at = 0; at < data.length && !stopped; at += inputChunkBytes) {
    const to = Math.min(at + inputChunkBytes, data.length);
    // fflate grows its output buffer by doubling and copies each push's output once more: small
    // pushes keep both in cache (16 KiB in: a third less time than a megabyte at once).
    for (let piece = at; piece < to && !stopped; piece += INFLATE_PUSH_BYTES) {
      const pieceEnd = Math.min(piece + INFLATE_PUSH_BYTES, to);
      try {
        inflater.push(data.subarray(piece, pieceEnd), pieceEnd >= data.length);
      } catch (error) {
        // A damaged stream is the general reader's to report.
        if (error instanceof Error) return false;
        throw error;
      }
    }
    yield to;
  }
  return !stopped && finished && produced === entry.size;
}
