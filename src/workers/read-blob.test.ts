import fc from 'fast-check';
import { blobBytes, blobHead, reusedChunks } from './read-blob';

/** The chunks, each copied as it comes: a chunk holds only until the next is asked for. */
async function collect(chunks: AsyncIterable<Uint8Array>) {
  const parts: Uint8Array[] = [];
  for await (const part of chunks) parts.push(part.slice());
  return parts;
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** A Blob as jsdom has it: no stream(), only arrayBuffer(). */
function withoutStream(blob: Blob): Blob {
  const partial = {
    size: blob.size,
    stream: undefined,
    arrayBuffer: () => blob.arrayBuffer(),
    slice: (start?: number, end?: number) => blob.slice(start, end),
  };
  return partial as unknown as Blob;
}

describe('reading a File in the worker', () => {
  const blobs = fc
    .array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 4 })
    .map((parts) => ({ parts, blob: new Blob(parts.map((part) => part.slice())) }));

  it('gives every byte in order, streamed or (without stream()) in pieces', async () => {
    await fc.assert(
      fc.asyncProperty(blobs, fc.boolean(), async ({ parts, blob }, streams) => {
        const source = streams ? blob : withoutStream(blob);
        expect(joined(await collect(reusedChunks(source)))).toEqual(joined(parts));
        expect(await blobBytes(source)).toEqual(joined(parts));
      }),
    );
  });

  it('streams a big file into one buffer, used again for each chunk', async () => {
    const bytes = new Uint8Array(3 * 2 ** 20 + 17).map((_, i) => i % 253);
    const parts: Uint8Array[] = [];
    const bufferSizes = new Set<number>();
    for await (const part of reusedChunks(new Blob([bytes]))) {
      parts.push(part.slice());
      bufferSizes.add(part.buffer.byteLength);
    }
    expect(Buffer.from(joined(parts)).equals(Buffer.from(bytes))).toBe(true);
    // Every chunk is in the reader's own megabyte (moved from read to read), not in a buffer
    // the stream made for it.
    expect([...bufferSizes]).toEqual([2 ** 20]);
    expect(parts.length).toBeGreaterThanOrEqual(4);
  });

  it('hands a file without stream() out in pieces of a megabyte', async () => {
    const bytes = new Uint8Array(2.5 * 2 ** 20).map((_, i) => i % 251);
    const parts = await collect(reusedChunks(withoutStream(new Blob([bytes]))));
    expect(parts.map((part) => part.length)).toEqual([2 ** 20, 2 ** 20, 2 ** 19]);
    // Buffer.equals: toEqual on megabytes, element by element, is slow.
    expect(Buffer.from(joined(parts)).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each([
    [0, 10, 0],
    [5, 10, 5],
    [100, 10, 10],
  ])('reads the head of a file of %i bytes, at most %i', async (size, length, expected) => {
    const bytes = new Uint8Array(size).map((_, i) => i);
    const head = await blobHead(new Blob([bytes]), length);
    expect(head).toEqual(bytes.subarray(0, expected));
  });
});
