/**
 * Adler-32 (RFC 1950) of the uncompressed payload. fflate's inflate does not verify a checksum,
 * and a link with one character changed can still inflate to plausible bytes: this catches it.
 */
export function adler32(bytes: Uint8Array): number {
  const MOD = 65521;
  let a = 1;
  let b = 0;
  // 5552 bytes is the longest run for which the sums cannot pass 2^32 before the modulo.
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return (b * 65536 + a) >>> 0;
}
