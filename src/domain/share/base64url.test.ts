import fc from 'fast-check';
import { base64urlFromBytes, bytesFromBase64url } from './base64url';

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['\u00fb\u00ff', 'w7vDvw'],
  ])('encodes %j as %j (RFC 4648 vectors, no padding)', (text, encoded) => {
    const bytes = new TextEncoder().encode(text);
    expect(base64urlFromBytes(bytes)).toBe(encoded);
    expect(bytesFromBase64url(encoded)).toEqual({ ok: true, bytes });
  });

  it('agrees with Node for any bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = base64urlFromBytes(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(bytesFromBase64url(text)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it.each([
    ['a character outside the alphabet', 'Zm9v+g', 4],
    ['a space', 'Zm 9vY', 2],
    ['a letter beyond ASCII', 'Zm9vé', 4],
    ['a length no encoder makes', 'Zm9vY', 4],
  ])('reports %s with its index', (_, text, index) => {
    expect(bytesFromBase64url(text)).toEqual({ ok: false, index });
  });
});
