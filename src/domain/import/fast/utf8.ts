/**
 * Checks one UTF-8 sequence in place, as TextDecoder's fatal mode would: overlong forms,
 * surrogates and code points past U+10FFFF are refused. Returns its length in bytes, or -1 when
 * the bytes at `at` are not valid UTF-8 (a sequence cut by `end` is invalid too: callers only
 * pass whole rows, and no sequence contains a line break).
 */
export function utf8SequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < 0x80) return 1;
  if (lead < 0xc2 || lead > 0xf4) return -1;
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (at + length > end) return -1;
  const second = bytes[at + 1] ?? 0;
  let low = 0x80;
  let high = 0xbf;
  if (lead === 0xe0) low = 0xa0;
  else if (lead === 0xed) high = 0x9f;
  else if (lead === 0xf0) low = 0x90;
  else if (lead === 0xf4) high = 0x8f;
  if (second < low || second > high) return -1;
  for (let k = 2; k < length; k++) {
    const next = bytes[at + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return -1;
  }
  return length;
}

const decoder = new TextDecoder('utf-8');

/** Text of already validated UTF-8 bytes. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 32) {
    let ascii = true;
    for (let i = start; i < end; i++) if ((bytes[i] ?? 0) >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode(...bytes.subarray(start, end));
  }
  return decoder.decode(bytes.subarray(start, end));
}
