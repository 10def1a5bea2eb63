/** The code units at text[at, min(at + 4, end)) as little-endian bytes; -1 when one is past ASCII. */
export function unitsWord(text: string, at: number, end: number): number {
  let word = 0;
  for (let k = 0; k < 4 && at + k < end; k++) {
    const unit = text.charCodeAt(at + k);
    if (unit >= 0x80) return -1;
    word |= unit << (8 * k);
  }
  return word;
}

/** Masks of the low 0 to 3 bytes of a word. */
const LOW_BYTES = [0, 0xff, 0xffff, 0xffffff];

/** The bytes at view[at, min(at + 4, end)) as little-endian; the caller knows them ASCII. */
function viewWord(view: DataView, at: number, end: number): number {
  if (at + 4 <= end) return view.getInt32(at, true);
  // A last, short word: read whole (past the field, still in the view) and masked.
  if (at + 4 <= view.byteLength) return view.getInt32(at, true) & (LOW_BYTES[end - at] as number);
  let word = 0;
  for (let k = 0; at + k < end; k++) word |= view.getUint8(at + k) << (8 * k);
  return word;
}

function mix(hash: number, word: number): number {
  const mixed = Math.imul(hash ^ word, 0x01000193);
  return mixed ^ (mixed >>> 13);
}

/** A hash of an ASCII key four characters at a time, alike from its bytes or its code units. */
function hashView(view: DataView, start: number, end: number): number {
  let hash = (0x811c9dc5 ^ (end - start)) | 0;
  for (let i = start; i < end; i += 4) hash = mix(hash, viewWord(view, i, end));
  return hash;
}

function hashText(text: string, start: number, end: number): number {
  let hash = (0x811c9dc5 ^ (end - start)) | 0;
  for (let i = start; i < end; i += 4) {
    const word = unitsWord(text, i, end);
    // Past ASCII the key is never read from bytes: any hash will do, so one unit at a time.
    if (word === -1) {
      for (let k = i; k < end; k++) hash = mix(hash, text.charCodeAt(k) | 0x10000);
      return hash;
    }
    hash = mix(hash, word);
  }
  return hash;
}

/**
 * A set of strings, each given a number in order of first sight, looked up by a range of a
 * larger text, or of its bytes when that text is ASCII: a cell is hashed and compared where it
 * is, and only a new key is sliced out. Keys are kept with their words, for comparing bytes.
 */
export class TextKeySet {
  private keys: string[] = [];
  private hashes: Int32Array = new Int32Array(64);
  /** Key k's words: words[wordStarts[k], wordStarts[k + 1]); -1 for a word past ASCII. */
  private words: Int32Array = new Int32Array(256);
  private wordStarts: Int32Array = new Int32Array(65);
  private slots = new Int32Array(128).fill(-1);

  /** Whether the last look-up added its key. */
  added = false;

  get size(): number {
    return this.keys.length;
  }

  /** The number of text[start, end), added when new (then `added` is true). */
  id(text: string, start: number, end: number): number {
    const hash = hashText(text, start, end);
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found < 0) break;
      if (this.hashes[found] === hash && this.equalsText(found, text, start, length)) {
        this.added = false;
        return found;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(slot, hash, text.slice(start, end));
  }

  /** As `id`, for view[start, end), bytes the caller knows to be ASCII. */
  idView(view: DataView, start: number, end: number): number {
    const hash = hashView(view, start, end);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found < 0) break;
      if (this.hashes[found] === hash && this.equalsView(found, view, start, end)) {
        this.added = false;
        return found;
      }
      slot = (slot + 1) & mask;
    }
    let key = '';
    for (let i = start; i < end; i++) key += String.fromCharCode(view.getUint8(i));
    return this.add(slot, hash, key);
  }

  private equalsText(id: number, text: string, start: number, length: number): boolean {
    const key = this.keys[id] as string;
    if (key.length !== length) return false;
    for (let k = 0; k < length; k++) {
      if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    }
    return true;
  }

  private equalsView(id: number, view: DataView, start: number, end: number): boolean {
    if ((this.keys[id] as string).length !== end - start) return false;
    let w = this.wordStarts[id] as number;
    for (let i = start; i < end; i += 4) {
      if (this.words[w++] !== viewWord(view, i, end)) return false;
    }
    return true;
  }

  private add(slot: number, hash: number, key: string): number {
    const id = this.keys.length;
    this.keys.push(key);
    if (id + 1 >= this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.wordStarts = grown(this.wordStarts, this.hashes.length + 1);
    }
    this.hashes[id] = hash;
    const from = this.wordStarts[id] as number;
    const count = (key.length + 3) >> 2;
    if (from + count > this.words.length) {
      this.words = grown(this.words, Math.max(this.words.length * 2, from + count));
    }
    for (let k = 0; k < count; k++) this.words[from + k] = unitsWord(key, 4 * k, key.length);
    this.wordStarts[id + 1] = from + count;
    this.slots[slot] = id;
    if (this.keys.length * 2 > this.slots.length) this.rehash();
    this.added = true;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function grown(array: Int32Array, length: number): Int32Array {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
