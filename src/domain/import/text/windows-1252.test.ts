import { decodeWindows1252 } from './windows-1252';

describe('decodeWindows1252', () => {
  it.each([
    [[0x80], '€'],
    [[0x93, 0x61, 0x94], '“a”'],
    [[0x9c, 0x8a], 'œŠ'],
    [[0x81, 0x8d, 0x8f, 0x90, 0x9d], '\u0081\u008d\u008f\u0090\u009d'],
    [[0xe9, 0xf4, 0xff, 0xa0], 'éôÿ\u00a0'],
    [[0x41, 0x0a, 0x00], 'A\n\u0000'],
  ])('%j decodes to %j', (bytes, text) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(text);
  });

  it('keeps every byte of a long input, across chunk ends', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => 0x20 + (i % 0x5f));
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(bytes.length);
    expect(text.charCodeAt(8191)).toBe(bytes[8191]);
    expect(text.charCodeAt(8192)).toBe(bytes[8192]);
    expect(text.charCodeAt(19_999)).toBe(bytes[19_999]);
  });
});
