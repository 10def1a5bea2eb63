/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG encoding standard); the five unassigned bytes stay C1
 * controls. Every other byte is its own code point. Written out because some runtimes' own
 * TextDecoder('windows-1252') decodes as ISO-8859-1 and loses € and the curly quotes.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Array<number>(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    units.length = end - start;
    for (let i = start; i < end; i += 1) {
      const byte = bytes[i] ?? 0;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}
