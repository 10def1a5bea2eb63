import fc from 'fast-check';
import { importTextFast } from './fast-text-import';
import { randomDailyFile, type RandomTextFile } from './testing/random-text-files';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The random file with its rows repeated past the head the fast reader guesses the mapping from
 * (512 KiB), so that its body is read chunk by chunk: cut inside rows, quotes, CRLF and UTF-8
 * sequences.
 */
function pastTheHead(file: RandomTextFile): RandomTextFile {
  const text = decoder.decode(file.bytes);
  const headerEnd = text.indexOf('\n') + 1;
  if (headerEnd === 0) return file;
  let body = text.slice(headerEnd);
  if (body.trim() === '') return file;
  if (!body.endsWith('\n')) body += text.includes('\r\n') ? '\r\n' : '\n';
  const times = Math.ceil((700 * 1024) / encoder.encode(body).length);
  return { name: file.name, bytes: encoder.encode(text.slice(0, headerEnd) + body.repeat(times)) };
}

describe('the fast text reader, chunk by chunk', () => {
  it('gives the same outcome however the file is cut into chunks', () => {
    let eligible = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        randomDailyFile().map(pastTheHead),
        fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1000, max: 200_000 })),
        fc.constantFrom<'sum' | 'ask'>('sum', 'ask'),
        (file, chunkBytes, duplicates) => {
          const whole = importTextFast(file.bytes, { file: file.name, duplicates }, 1 << 30);
          const cut = importTextFast(file.bytes, { file: file.name, duplicates }, chunkBytes);
          expect(cut).toEqual(whole);
          runs++;
          if (whole.eligible) eligible++;
        },
      ),
      { numRuns: 40 },
    );
    // Most files are read fast: a test where both always fell back would prove nothing.
    expect(eligible / runs).toBeGreaterThan(0.25);
    // 40 files of 700 KiB, some fed a byte at a time: past 20 s on a busy machine.
  }, 60_000);
});
