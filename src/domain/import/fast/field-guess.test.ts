import fc from 'fast-check';
import { FieldGuess } from './field-guess';

const COMMA = 0x2c;
const encoder = new TextEncoder();

/** A guess over `line`'s bytes; `field` stored first from `learned` (field then ",…"). */
function guessAfter(learned: string, field: string, line: string, terminator = COMMA) {
  const guess = new FieldGuess();
  const stored = encoder.encode(learned);
  guess.store(new DataView(stored.buffer), 0, field.length, stored.length, 7);
  const bytes = encoder.encode(line);
  const id = guess.guess(new DataView(bytes.buffer), 0, bytes.length, terminator);
  return id < 0 ? null : { id, length: guess.length };
}

describe('FieldGuess', () => {
  it.each<[string, string, string, { id: number; length: number } | null]>([
    ['the same field again', 'Norway,Model 3,2019', 'Norway,Model Y,2019', { id: 7, length: 6 }],
    ['a longer field with the same start', 'Norway,Model 3,2019', 'Norways,Model 3,201', null],
    ['another field of the same length', 'Norway,Model 3,2019', 'Norwai,Model 3,2019', null],
    ['a short field', 'US,Model 3,2019-06-02', 'US,Model 3,2019-07-01', { id: 7, length: 2 }],
    [
      'a short field, the same eight bytes',
      'US,Model 3,2019',
      'US,Model S,2019',
      { id: 7, length: 2 },
    ],
    ['a short field, other bytes after it: a miss', 'US,Model 3,2019', 'US,Tesla,2019', null],
    ['the field in quotes', 'Norway,Model 3,2019', '"Norway",Model 3,20', null],
    ['a field of whole words', 'Model 3X,2019-06-02', 'Model 3X,2019-07-01', { id: 7, length: 8 }],
    ['a last word that differs', 'United States,2019-06', 'United Statez,2019-06', null],
    ['a byte only the third word holds', 'United States,2019-06', 'United SXates,2019-06', null],
    ['a middle word that differs', 'United States,2019-06', 'United-States,2019-06', null],
  ])('%s', (_name, learned, line, expected) => {
    const field = learned.slice(0, learned.indexOf(','));
    expect(guessAfter(learned, field, line)).toEqual(expected);
  });

  it('takes no field ended by another byte than the one asked for', () => {
    expect(guessAfter('Norway,Model 3,2019', 'Norway', 'Norway,Model 3,2019', 0x3b)).toBeNull();
  });

  it('guesses nothing it cannot check within the bytes it is given', () => {
    const guess = new FieldGuess();
    const bytes = encoder.encode('Norway,Model 3,2019');
    const view = new DataView(bytes.buffer);
    guess.store(view, 0, 6, bytes.length, 1);
    expect(guess.guess(view, 0, 6, COMMA)).toBe(-1);
    expect(guess.guess(view, 0, 7, COMMA)).toBe(-1);
    expect(guess.guess(view, 0, 8, COMMA)).toBe(1);
  });

  it('names a field only when its bytes and the byte after are a stored field', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'U', 'S', '-'), maxLength: 36 });
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        text,
        fc.string({ unit: fc.constantFrom('a', ',', 'b'), minLength: 8, maxLength: 8 }),
        (fields, probe, tail) => {
          const guess = new FieldGuess();
          fields.forEach((field, id) => {
            const bytes = encoder.encode(`${field},${tail}`);
            guess.store(new DataView(bytes.buffer), 0, field.length, bytes.length, id);
          });
          const bytes = encoder.encode(`${probe}${tail},`);
          const id = guess.guess(new DataView(bytes.buffer), 0, bytes.length, COMMA);
          if (id >= 0) {
            const named = fields[id] as string;
            expect(bytes[named.length]).toBe(COMMA);
            expect(new TextDecoder().decode(bytes.subarray(0, named.length))).toBe(named);
            expect(guess.length).toBe(named.length);
          }
          // A field stored last, with the bytes it was stored with after it, is found.
          const last = fields.length - 1;
          const again = encoder.encode(`${fields[last]},${tail}`);
          const found = guess.guess(new DataView(again.buffer), 0, again.length, COMMA);
          if ((fields[last] as string).length <= 32 && again.length >= 8) {
            expect(fields[found] ?? null).toBe(fields[last]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
