const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;
const SPACE = 0x20;
const ZERO = 0x30;

/**
 * The r, s and t attributes of a sheet tag (`<row …>`, `<c …>`), read from its bytes: r and t
 * as byte ranges, s as its number. Other attributes are passed over.
 */
export class TagAttributes {
  /** 1 when the tag has an r attribute, -1 when not. */
  r = -1;
  rStart = 0;
  rEnd = 0;
  /** The s attribute's number; -1 when there is none. */
  s = -1;
  tStart = 0;
  tEnd = 0;

  /**
   * Reads the attributes in bytes[from, to) (after the tag's name, before its `>`); false when
   * they are not in a form read here (a value cut short, an s that is not a number).
   */
  read(bytes: Uint8Array, from: number, to: number): boolean {
    this.r = -1;
    this.s = -1;
    this.tStart = this.tEnd = 0;
    let i = from;
    while (i < to) {
      const c = bytes[i] as number;
      if (c === SPACE || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH || c === GT) {
        i++;
        continue;
      }
      const nameStart = i;
      // The usual form, name="value" with one-letter names: no searching for the = and quote.
      if (bytes[i + 1] === EQUALS && bytes[i + 2] === QUOTE) {
        i += 3;
        const valueStart = i;
        while (i < to && bytes[i] !== QUOTE) i++;
        if (i >= to) return false;
        if (!this.keep(bytes, bytes[nameStart] as number, valueStart, i)) return false;
        i++;
        continue;
      }
      while (i < to && bytes[i] !== EQUALS && bytes[i] !== SPACE) i++;
      const nameEnd = i;
      while (i < to && bytes[i] !== QUOTE && bytes[i] !== APOSTROPHE) i++;
      const quote = bytes[i];
      const valueStart = i + 1;
      i = valueStart;
      while (i < to && bytes[i] !== quote) i++;
      if (i >= to) return false;
      const valueEnd = i;
      i++;
      if (nameEnd - nameStart !== 1) continue;
      if (!this.keep(bytes, bytes[nameStart] as number, valueStart, valueEnd)) return false;
    }
    return true;
  }

  /**
   * read() for the usual form of a tag, in one pass from `from` (just after the tag's name) to
   * its `>`: one-letter names, double-quoted values, spaces between. Where the tag ends (past
   * its `>`), or -1 when it is in another form or cut short: tagEnd and read() then read it.
   */
  readUsual(bytes: Uint8Array, from: number, end: number): number {
    this.r = -1;
    this.s = -1;
    this.tStart = this.tEnd = 0;
    let i = from;
    while (i < end) {
      const c = bytes[i] as number;
      if (c === SPACE) {
        i++;
        continue;
      }
      if (c === GT) return i + 1;
      if (c === SLASH) return i + 1 < end && bytes[i + 1] === GT ? i + 2 : -1;
      if (bytes[i + 1] !== EQUALS || bytes[i + 2] !== QUOTE) return -1;
      i += 3;
      const valueStart = i;
      while (i < end && bytes[i] !== QUOTE) i++;
      if (i >= end || !this.keep(bytes, c, valueStart, i)) return -1;
      i++;
    }
    return -1;
  }

  /** Keeps the value of one-letter attribute `name`; false for an s that is not a number. */
  private keep(bytes: Uint8Array, name: number, valueStart: number, valueEnd: number): boolean {
    if (name === 0x72 /* r */) {
      this.r = 1;
      this.rStart = valueStart;
      this.rEnd = valueEnd;
    } else if (name === 0x73 /* s */) {
      if (valueEnd === valueStart) return false;
      let value = 0;
      for (let k = valueStart; k < valueEnd; k++) {
        const d = (bytes[k] as number) - ZERO;
        if (d < 0 || d > 9) return false;
        value = value * 10 + d;
      }
      this.s = value;
    } else if (name === 0x74 /* t */) {
      this.tStart = valueStart;
      this.tEnd = valueEnd;
    }
    return true;
  }
}
