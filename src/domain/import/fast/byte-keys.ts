/** FNV-1a over a byte range: short keys (regions, models, VINs) spread well enough. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  // Signed 32-bit throughout: unsigned values past 2^30 would be boxed as heap numbers.
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return hash;
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
  private hashes = new Int32Array(1024);
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
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const arena = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    const arena = this.arena;
    const at = this.used;
    for (let k = 0; k < length; k++) arena[at + k] = bytes[start + k] as number;
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
const BUCKET_BITS = 8;
const BUCKETS = 1 << BUCKET_BITS;
/** The first hash shifted by this gives its bucket: its top BUCKET_BITS bits. */
const BUCKET_SHIFT = 32 - BUCKET_BITS;
/** Pairs a bucket's blocks hold: its first a few (small files), the others 8 KiB's worth. */
const FIRST_BLOCK_PAIRS = 32;
const BLOCK_PAIRS = 1024;
const NO_BLOCK = new Int32Array(0);

/** The UTF-8 bytes of a string, for keys that arrive as text (workbook cells, odd fields). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Whether any byte string was given twice, by 64-bit fingerprints (two 32-bit hashes): eight
 * bytes a key, filed as they come into buckets by the top bits of the first hash, and compared
 * once at the end, bucket by bucket, where a hash table of millions of keys would cost a cache
 * miss per key. A bucket is a chain of small blocks: no array is grown by copying, and the list
 * takes its keys' eight bytes and little more (2 million VINs: 16 MiB). Different fingerprints
 * prove different keys; an equal pair is a possible repeat, which callers treat as "cannot tell
 * here" (the general reader then compares the keys themselves).
 */
export class FingerprintList {
  /** By bucket: its full blocks, then the one being filled. */
  private readonly full: Int32Array[][] = Array.from({ length: BUCKETS }, () => []);
  private readonly filling: Int32Array[] = Array.from({ length: BUCKETS }, () => NO_BLOCK);
  private readonly filled = new Int32Array(BUCKETS);
  size = 0;

  /** Adds bytes[start, end). */
  add(bytes: Uint8Array, start: number, end: number): void {
    let first = 0x811c9dc5 | 0;
    let second = (0x9747b28c ^ (end - start)) | 0;
    for (let i = start; i < end; i++) {
      const byte = bytes[i] as number;
      first = Math.imul(first ^ byte, 0x01000193);
      second = Math.imul(second ^ byte, 0x5bd1e995);
      second ^= second >>> 15;
    }
    this.push(first, second);
  }

  /**
   * Adds a text by its UTF-16 code units. A list must use one of `add` and `addText` for all its
   * keys: the two fingerprint the same text differently.
   */
  addText(text: string): void {
    this.addRange(text, 0, text.length);
  }

  /** Adds text[start, end) by its code units, as addText(text.slice(start, end)) would. */
  addRange(text: string, start: number, end: number): void {
    let first = 0x811c9dc5 | 0;
    let second = (0x9747b28c ^ (end - start)) | 0;
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      first = Math.imul(first ^ unit, 0x01000193);
      second = Math.imul(second ^ unit, 0x5bd1e995);
      second ^= second >>> 15;
    }
    this.push(first, second);
  }

  /** Adds a key fingerprinted elsewhere (by WordFingerprint): a list must take one kind. */
  addPair(first: number, second: number): void {
    this.push(first, second);
  }

  /** Every fingerprint added, first and second hash side by side. */
  pairs(): Int32Array {
    const all = new Int32Array(2 * this.size);
    let at = 0;
    for (let b = 0; b < BUCKETS; b++) {
      for (const block of this.full[b] as Int32Array[]) {
        all.set(block, at);
        at += block.length;
      }
      const filled = this.filled[b] as number;
      all.set((this.filling[b] as Int32Array).subarray(0, filled), at);
      at += filled;
    }
    return all;
  }

  /** True when two keys added may be the same. */
  mayRepeat(): boolean {
    let table = new Int32Array(64);
    let pairs = new Int32Array(0);
    for (let b = 0; b < BUCKETS; b++) {
      const blocks = this.full[b] as Int32Array[];
      let length = (this.filled[b] as number) >> 1;
      for (const block of blocks) length += block.length >> 1;
      if (length < 2) continue;
      // The bucket's pairs side by side, then a small hash table over them that stays in cache.
      if (pairs.length < 2 * length) pairs = new Int32Array(4 * length);
      let at = 0;
      for (const block of blocks) {
        pairs.set(block, at);
        at += block.length;
      }
      pairs.set((this.filling[b] as Int32Array).subarray(0, this.filled[b] as number), at);
      let size = 64;
      while (size < 2 * length) size *= 2;
      if (table.length < size) table = new Int32Array(size);
      else table.fill(0, 0, size);
      const mask = size - 1;
      // Slots hold a pair's number plus one: 0 is an empty slot.
      for (let p = 0; p < length; p++) {
        const first = pairs[2 * p] as number;
        const second = pairs[2 * p + 1] as number;
        // The top bits are the bucket's: the low bits of a hash are as good as any.
        let slot = first & mask;
        for (;;) {
          const held = table[slot] as number;
          if (held === 0) break;
          const q = 2 * (held - 1);
          if (pairs[q] === first && pairs[q + 1] === second) return true;
          slot = (slot + 1) & mask;
        }
        table[slot] = p + 1;
      }
    }
    return false;
  }

  private push(first: number, second: number): void {
    const bucket = first >>> BUCKET_SHIFT;
    let block = this.filling[bucket] as Int32Array;
    let at = this.filled[bucket] as number;
    if (at === block.length) {
      const blocks = this.full[bucket] as Int32Array[];
      if (at > 0) blocks.push(block);
      block = new Int32Array(2 * (at > 0 ? BLOCK_PAIRS : FIRST_BLOCK_PAIRS));
      this.filling[bucket] = block;
      at = 0;
    }
    block[at] = first;
    block[at + 1] = second;
    this.filled[bucket] = at + 2;
    this.size++;
  }
}
