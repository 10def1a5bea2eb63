import fc from 'fast-check';
import { ImportCancelledError, readFileBytes } from './read-file';

function blobOfChunks(chunks: Uint8Array[]): Blob {
  return new Blob(chunks.map((chunk) => chunk.slice()));
}

describe('reading a file', () => {
  it('gives every byte and reports progress up to the size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 5000 }), { maxLength: 5 }),
        async (chunks) => {
          const blob = blobOfChunks(chunks);
          const progress: number[] = [];
          const bytes = await readFileBytes(blob, (read) => progress.push(read));
          const expected = new Uint8Array(chunks.flatMap((chunk) => [...chunk]));
          expect(bytes).toEqual(expected);
          expect(progress).toEqual([...progress].sort((a, b) => a - b));
          if (blob.size > 0) expect(progress.at(-1)).toBe(blob.size);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readFileBytes(new Blob(['abc']), () => {}, controller.signal),
    ).rejects.toBeInstanceOf(ImportCancelledError);
  });
});
