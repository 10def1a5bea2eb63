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
const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
/** The first hash shifted by this gives its bucket: its top RADIX_BITS bits. */
const BUCKET_SHIFT = 32 - RADIX_BITS;

/** The UTF-8 bytes of a string, for keys that arrive as text (workbook cells, odd fields). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Whether any byte string was given twice, by 64-bit fingerprints (two 32-bit hashes): eight
 * bytes a key, written one after another and compared once at the end, bucket by bucket, where
 * a hash table of millions of keys would cost a cache miss per key. Different fingerprints prove
 * different keys; an equal pair is a possible repeat, which callers treat as "cannot tell here"
 * (the general reader then compares the keys themselves).
 */
export class FingerprintList {
  private firsts = new Int32Array(1 << 12);
  private seconds = new Int32Array(1 << 12);
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

  /** True when two keys added may be the same. */
  mayRepeat(): boolean {
    const n = this.size;
    const firsts = this.firsts;
    const seconds = this.seconds;
    // One pass spreads the pairs into buckets by the top bits of the first hash; each bucket
    // (a few thousand pairs) is then checked with a small hash table that stays in cache, where
    // one table of millions of pairs would cost a cache miss per pair, and a full sort more passes.
    const starts = new Int32Array(RADIX + 1);
    for (let k = 0; k < n; k++) starts[((firsts[k] as number) >>> BUCKET_SHIFT) + 1]! += 1;
    for (let b = 1; b <= RADIX; b++) starts[b]! += starts[b - 1] as number;
    const ends = starts.slice(0, RADIX);
    const keys = new Int32Array(n);
    const values = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const key = firsts[k] as number;
      const at = ends[key >>> BUCKET_SHIFT]!++;
      keys[at] = key;
      values[at] = seconds[k] as number;
    }
    let table = new Int32Array(64);
    for (let b = 0; b < RADIX; b++) {
      const from = starts[b] as number;
      const length = (starts[b + 1] as number) - from;
      if (length < 2) continue;
      let size = 64;
      while (size < 2 * length) size *= 2;
      if (table.length < size) table = new Int32Array(size);
      else table.fill(0, 0, size);
      const mask = size - 1;
      // Slots hold a pair's place in the bucket plus one: 0 is an empty slot.
      for (let p = from; p < from + length; p++) {
        const key = keys[p] as number;
        // The top bits are the bucket's: the low bits of a hash are as good as any.
        let slot = key & mask;
        for (;;) {
          const held = table[slot] as number;
          if (held === 0) break;
          const q = from + held - 1;
          if (keys[q] === key && values[q] === values[p]) return true;
          slot = (slot + 1) & mask;
        }
        table[slot] = p - from + 1;
      }
    }
    return false;
  }

  private push(first: number, second: number): void {
    if (this.size === this.firsts.length) {
      const firsts = new Int32Array(this.firsts.length * 2);
      firsts.set(this.firsts);
      this.firsts = firsts;
      const seconds = new Int32Array(this.seconds.length * 2);
      seconds.set(this.seconds);
      this.seconds = seconds;
    }
    this.firsts[this.size] = first;
    this.seconds[this.size] = second;
    this.size++;
  }
}
