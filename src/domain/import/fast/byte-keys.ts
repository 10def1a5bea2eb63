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
const RADIX_MASK = RADIX - 1;

/** The UTF-8 bytes of a string, for keys that arrive as text (workbook cells, odd fields). */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Whether any byte string was given twice, by 64-bit fingerprints (two 32-bit hashes): eight
 * bytes a key, written one after another and sorted once at the end (a radix sort), where a
 * hash table of millions of keys would cost a cache miss per key. Different fingerprints prove
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
    // Sorted by the top 22 bits of the first hash, 11 bits a pass (buckets that stay in cache):
    // equal first hashes then sit in one run of equal top bits, and runs are short (a key in
    // four million shares its top bits with another, for n in the millions).
    let keys = this.firsts.subarray(0, n);
    let values = this.seconds.subarray(0, n);
    let nextKeys = new Int32Array(n);
    let nextValues = new Int32Array(n);
    for (let shift = 32 - 2 * RADIX_BITS; shift < 32; shift += RADIX_BITS) {
      const starts = new Int32Array(RADIX + 1);
      for (let k = 0; k < n; k++) starts[(((keys[k] as number) >>> shift) & RADIX_MASK) + 1]! += 1;
      for (let b = 1; b <= RADIX; b++) starts[b]! += starts[b - 1] as number;
      for (let k = 0; k < n; k++) {
        const key = keys[k] as number;
        const at = starts[(key >>> shift) & RADIX_MASK]!++;
        nextKeys[at] = key;
        nextValues[at] = values[k] as number;
      }
      [keys, nextKeys] = [nextKeys, keys];
      [values, nextValues] = [nextValues, values];
    }
    const low = 32 - 2 * RADIX_BITS;
    for (let k = 0; k < n;) {
      const top = (keys[k] as number) >>> low;
      let end = k + 1;
      while (end < n && (keys[end] as number) >>> low === top) end++;
      for (let a = k; a < end - 1; a++) {
        for (let b = a + 1; b < end; b++) {
          if (keys[a] === keys[b] && values[a] === values[b]) return true;
        }
      }
      k = end;
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
