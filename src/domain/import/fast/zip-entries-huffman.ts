/** The Huffman codes of DEFLATE (RFC 1951) as the inflater reads them. */

/** Base and extra bits of lengths (codes 257-285) and distances (codes 0-29), per RFC 1951. */
const LENGTH_BASE = new Uint16Array(29);
const LENGTH_EXTRA = new Uint8Array(29);
const DISTANCE_BASE = new Uint16Array(30);
const DISTANCE_EXTRA = new Uint8Array(30);
for (let code = 0, base = 3; code < 28; code++) {
  const extra = code < 8 ? 0 : (code >> 2) - 1;
  LENGTH_BASE[code] = base;
  LENGTH_EXTRA[code] = extra;
  base += 1 << extra;
}
// The longest match has a code of its own, without extra bits (284 with all of its would be 258).
LENGTH_BASE[28] = 258;
for (let code = 0, base = 1; code < 30; code++) {
  const extra = code < 4 ? 0 : (code >> 1) - 1;
  DISTANCE_BASE[code] = base;
  DISTANCE_EXTRA[code] = extra;
  base += 1 << extra;
}

/** The order the code length code's lengths are written in. */
const CODE_LENGTH_ORDER = Uint8Array.from(
  '16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 15'.split(' '),
  Number,
);

/**
 * A Huffman code as one look-up table, indexed by its first `bits` bits (read LSB first). An
 * entry is the code's length in its low 4 bits (0: not a code) and above them: for a plain
 * code and the literal/length code's literals and end, the symbol; for its lengths, the symbol
 * (over 256), the length's base << 13 and extra bits << 22; for a distance code, the
 * distance's base << 4 and extra bits << 19. The decoder then needs no table of bases.
 */
export interface HuffmanTable {
  table: Int32Array;
  bits: number;
}

/** What the symbols of a code stand for: its table's entries say so (see HuffmanTable). */
const CodeKind = { plain: 0, literals: 1, distances: 2 } as const;

function entryOf(symbol: number, length: number, kind: number): number {
  if (kind === CodeKind.distances) {
    if (symbol >= 30) return 0;
    return (
      ((DISTANCE_EXTRA[symbol] as number) << 19) | ((DISTANCE_BASE[symbol] as number) << 4) | length
    );
  }
  if (kind === CodeKind.literals && symbol > 256) {
    if (symbol >= 286) return 0;
    const code = symbol - 257;
    return (
      ((LENGTH_EXTRA[code] as number) << 22) |
      ((LENGTH_BASE[code] as number) << 13) |
      (symbol << 4) |
      length
    );
  }
  return (symbol << 4) | length;
}

/** The decoding table of code lengths; null when they are over-subscribed (not a code). */
function huffmanTable(lengths: Uint8Array, kind: number): HuffmanTable | null {
  let bits = 0;
  const counts = new Uint16Array(16);
  for (const length of lengths) {
    counts[length] = (counts[length] as number) + 1;
    if (length > bits) bits = length;
  }
  counts[0] = 0;
  const next = new Uint16Array(16);
  let code = 0;
  let left = 1;
  for (let length = 1; length <= 15; length++) {
    left = (left << 1) - (counts[length] as number);
    if (left < 0) return null;
    code = (code + (counts[length - 1] as number)) << 1;
    next[length] = code;
  }
  const table = new Int32Array(1 << Math.max(bits, 1));
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol] as number;
    if (length === 0) continue;
    const canonical = next[length] as number;
    next[length] = canonical + 1;
    // Codes are read from the low bit up: the table is indexed by the code reversed.
    let reversed = 0;
    for (let k = 0; k < length; k++) reversed |= ((canonical >>> k) & 1) << (length - 1 - k);
    const entry = entryOf(symbol, length, kind);
    for (let index = reversed; index < table.length; index += 1 << length) table[index] = entry;
  }
  return { table, bits };
}

export const FIXED_LENGTHS = huffmanTable(
  Uint8Array.from({ length: 288 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)),
  CodeKind.literals,
) as HuffmanTable;
export const FIXED_DISTANCES = huffmanTable(
  new Uint8Array(30).fill(5),
  CodeKind.distances,
) as HuffmanTable;

/** Bits of a DEFLATE stream, read from the low bit up. */
export interface BitReader {
  /** The next `count` (≤ 16) bits, read. */
  bits(count: number): number;
  /** The next `count` (≤ 16) bits, not read yet. */
  peek(count: number): number;
  drop(count: number): void;
}

/** A dynamic block's codes, read from its header; null when they are not codes. */
export function readDynamicCodes(
  reader: BitReader,
): { literals: HuffmanTable; distances: HuffmanTable } | null {
  const literalCount = reader.bits(5) + 257;
  const distanceCount = reader.bits(5) + 1;
  const codeLengthCount = reader.bits(4) + 4;
  const codeLengths = new Uint8Array(19);
  for (let k = 0; k < codeLengthCount; k++) {
    codeLengths[CODE_LENGTH_ORDER[k] as number] = reader.bits(3);
  }
  const codeLengthCode = huffmanTable(codeLengths, CodeKind.plain);
  if (codeLengthCode === null) return null;
  const lengths = new Uint8Array(literalCount + distanceCount);
  for (let k = 0; k < lengths.length;) {
    const entry = codeLengthCode.table[reader.peek(codeLengthCode.bits)] as number;
    if (entry === 0) return null;
    reader.drop(entry & 15);
    const symbol = entry >>> 4;
    if (symbol < 16) {
      lengths[k++] = symbol;
      continue;
    }
    // 16 repeats the length before, 3-6 times; 17 and 18 write 3-10 and 11-138 zeros.
    if (symbol === 16 && k === 0) return null;
    const repeated = symbol === 16 ? (lengths[k - 1] as number) : 0;
    const times =
      symbol === 16 ? 3 + reader.bits(2) : symbol === 17 ? 3 + reader.bits(3) : 11 + reader.bits(7);
    if (k + times > lengths.length) return null;
    lengths.fill(repeated, k, k + times);
    k += times;
  }
  // A block without its end-of-block code could never end.
  if (lengths[256] === 0) return null;
  const literals = huffmanTable(lengths.subarray(0, literalCount), CodeKind.literals);
  const distances = huffmanTable(lengths.subarray(literalCount), CodeKind.distances);
  return literals === null || distances === null ? null : { literals, distances };
}
