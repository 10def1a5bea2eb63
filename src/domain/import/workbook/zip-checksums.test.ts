import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { crc32, declaredChecksums } from './zip-checksums';

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%j) is %i', (text, expected) => {
    expect(crc32(strToU8(text))).toBe(expected);
  });
});

describe('declaredChecksums', () => {
  it('gives back the checksum fflate recorded for every part, whatever its name', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc
            .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
            // fflate's zipSync takes the parts as an object: a "__proto__" key breaks it there,
            // before the code under test runs.
            .filter((name) => !name.endsWith('/') && name !== '__proto__'),
          fc.uint8Array({ maxLength: 200 }),
          { minKeys: 1, maxKeys: 5 },
        ),
        (parts) => {
          const checksums = declaredChecksums(zipSync(parts));
          const expected = new Map(
            Object.entries(parts).map(([name, content]) => [name, crc32(content)]),
          );
          expect(checksums).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it.each([
    ['no end record', new Uint8Array(100)],
    ['a cut-off directory', zipSync({ 'a.xml': strToU8('<a/>') }).slice(30)],
  ])('is null for %s', (_, bytes) => {
    expect(declaredChecksums(bytes)).toBeNull();
  });
});
