import { chunksOf } from '../domain/import/fast/import-stream';

/** Pieces handed to the reader where a Blob cannot stream (jsdom): as a stream would cut them. */
const PIECE_BYTES = 1 << 20;

function readWithFileReader(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(reader.result);
      else reject(new Error('FileReader returned no ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** A Blob's bytes, whole: for workbooks, and for the general reader. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  const buffer =
    typeof blob.arrayBuffer === 'function'
      ? await blob.arrayBuffer()
      : await readWithFileReader(blob);
  return new Uint8Array(buffer);
}

async function* piecesOf(blob: Blob): AsyncGenerator<Uint8Array> {
  const bytes = await blobBytes(blob);
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
}

/** The buffer a streamed read fills, over and over. */
const STREAM_BUFFER_BYTES = 1 << 20;

/**
 * A Blob's bytes in chunks read into one buffer, used again for each (a BYOB reader): a file
 * of 130 MB streamed this way leaves no 130 MB of spent chunks for the garbage collector. Each
 * chunk holds until the next is asked for; the fast readers copy what they keep. Where the
 * stream is not a byte stream, the chunks are as it gives them; without a stream (jsdom), the
 * bytes are read whole and handed out in pieces.
 */
export function reusedChunks(blob: Blob): AsyncIterable<Uint8Array> {
  if (typeof blob.stream !== 'function') return piecesOf(blob);
  const stream = blob.stream();
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: 'byob' });
  } catch {
    // Expected where Blob.stream() is not a byte stream (older engines): chunks as they come.
    return chunksOf(stream);
  }
  return byobChunks(reader);
}

async function* byobChunks(reader: ReadableStreamBYOBReader): AsyncGenerator<Uint8Array> {
  let buffer = new ArrayBuffer(STREAM_BUFFER_BYTES);
  try {
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(buffer));
      if (done || value === undefined) return;
      yield value;
      buffer = value.buffer;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The first bytes of a Blob, to tell its format. */
export function blobHead(blob: Blob, length: number): Promise<Uint8Array> {
  return blobBytes(blob.slice(0, length));
}
