/** Thrown through the read loop when the user cancels; callers turn it into the "cancelled" state. */
export class ImportCancelledError extends Error {
  constructor() {
    super('Import cancelled');
    this.name = 'ImportCancelledError';
  }
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}

function readWithFileReader(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(reader.result);
      else reject(new Error('FileReader returned no ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a file's bytes, reporting how many have been read so far. Streams where the browser can
 * (progress for large files); otherwise reads in one go (older engines, jsdom).
 */
export async function readFileBytes(
  file: Blob,
  onProgress: (bytesRead: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  throwIfCancelled(signal);
  if (typeof file.stream === 'function') {
    const reader = file.stream().getReader();
    const bytes = new Uint8Array(file.size);
    let bytesRead = 0;
    try {
      for (;;) {
        if (signal?.aborted) {
          await reader.cancel();
          throw new ImportCancelledError();
        }
        const { done, value } = await reader.read();
        if (done) break;
        bytes.set(value, bytesRead);
        bytesRead += value.byteLength;
        onProgress(bytesRead);
      }
    } finally {
      reader.releaseLock();
    }
    return bytesRead === bytes.byteLength ? bytes : bytes.slice(0, bytesRead);
  }
  const buffer =
    typeof file.arrayBuffer === 'function'
      ? await file.arrayBuffer()
      : await readWithFileReader(file);
  throwIfCancelled(signal);
  onProgress(buffer.byteLength);
  return new Uint8Array(buffer);
}
