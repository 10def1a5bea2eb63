import fc from 'fast-check';
import { readLinePieces, WholeLines } from './line-pieces';

const LF = 0x0a;
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** The pieces WholeLines gives for `chunks` (pieces of at most `size` bytes where rows allow). */
function piecesOf(chunks: Uint8Array[], size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  const read = (piece: Uint8Array) => {
    pieces.push(piece.slice());
    return true;
  };
  const rows = new WholeLines();
  for (const chunk of chunks) {
    // Pieces of `size` as readLinePieces cuts them: WholeLines cuts with the default size.
    rows.push(chunk, (piece) => readLinePieces(piece, read, size));
  }
  rows.end(read);
  return pieces;
}

const joined = (parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('WholeLines and readLinePieces', () => {
  it.each([
    ['rows cut by chunks', ['a,1\nb,', '2\nc,3\n'], ['a,1\n', 'b,2\n', 'c,3\n']],
    ['a CR LF cut between its bytes', ['x\na,1\r', '\nb,2\n'], ['x\n', 'a,1\r\n', 'b,2\n']],
    // A chunk with no line end is given on as it comes: nothing is held past it.
    ['a row over three chunks', ['a,1\nbb', 'bb', 'b,2\n'], ['a,1\n', 'bb', 'bb', 'b,2\n']],
    ['no line end at the end', ['a,1\nb,2'], ['a,1\n', 'b,2']],
    ['a file without LF', ['a,1\rb,', '2\r'], ['a,1\rb,', '2\r']],
  ])('%s', (_name, chunks, pieces) => {
    const given = piecesOf(chunks.map(bytesOf), 64).map((piece) => new TextDecoder().decode(piece));
    expect(given).toEqual(pieces);
  });

  it('gives every byte once, in order, in pieces that end at a line end or have none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 40 }).map((b) => b.map((v) => (v % 4 === 0 ? LF : v)))),
        fc.integer({ min: 1, max: 16 }),
        (chunks, size) => {
          const pieces = piecesOf(chunks, size);
          expect(joined(pieces)).toEqual(joined(chunks));
          pieces.forEach((piece, k) => {
            const endsRow = piece[piece.length - 1] === LF || !piece.includes(LF);
            if (k < pieces.length - 1) expect(endsRow).toBe(true);
            // Longer than `size` only where no line end was in reach (a row held whole).
            if (piece.length > size) expect(piece.subarray(0, -1).includes(LF)).toBe(false);
          });
          expect(pieces.every((piece) => piece.length > 0)).toBe(true);
        },
      ),
    );
  });
});
