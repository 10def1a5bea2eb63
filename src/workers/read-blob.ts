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

/**
 * A Blob's bytes in chunks, never held whole where the engine can stream (File.stream() in
 * browsers and Node); engines without it (jsdom) read it whole and hand it out in pieces.
 */
export function blobChunks(blob: Blob): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
  return typeof blob.stream === 'function' ? blob.stream() : piecesOf(blob);
}

/** The first bytes of a Blob, to tell its format. */
export function blobHead(blob: Blob, length: number): Promise<Uint8Array> {
  return blobBytes(blob.slice(0, length));
}
