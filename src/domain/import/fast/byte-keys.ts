/** FNV-1a over a byte range: short keys (regions, models, VINs) spread well enough. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

/**
 * A set of byte strings, each given a number in order of first sight. The keys are copied into
 * one growing arena, so millions of keys (VINs) cost their bytes and three numbers each, not a
 * JavaScript string and a map entry.
 */
export class ByteKeySet {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new Int32Array(1024);
  private hashes = new Uint32Array(1024);
  private slots = new Int32Array(2048).fill(-1);
  size = 0;

  /** The key's number, and whether it was there before (`added` false). */
  added = false;

  /** Returns the number of bytes[start, end), adding it when new (then `added` is true). */
  id(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const found = this.slots[slot] ?? -1;
      if (found < 0) break;
      if (this.hashes[found] === hash && this.equals(found, bytes, start, end)) {
        this.added = false;
        return found;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    this.store(id, hash, bytes, start, end);
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    this.added = true;
    return id;
  }

  /** The bytes of key `id`. */
  bytesOf(id: number): Uint8Array {
    return this.arena.subarray(this.offsets[id] ?? 0, this.offsets[id + 1] ?? 0);
  }

  private equals(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.offsets[id] ?? 0;
    const length = (this.offsets[id + 1] ?? 0) - from;
    if (length !== end - start) return false;
    const arena = this.arena;
    for (let k = 0; k < length; k++) if (arena[from + k] !== bytes[start + k]) return false;
    return true;
  }

  private store(id: number, hash: number, bytes: Uint8Array, start: number, end: number): void {
    if (id + 2 > this.offsets.length) {
      const offsets = new Int32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
      const hashes = new Uint32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(bytes.subarray(start, end), this.used);
    this.offsets[id] = this.used;
    this.used += length;
    this.offsets[id + 1] = this.used;
    this.hashes[id] = hash;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while ((slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

const encoder = new TextEncoder();

/** The UTF-8 bytes of a string, for keys that arrive as text (workbook cells, odd fields). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
