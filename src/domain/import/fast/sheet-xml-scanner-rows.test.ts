import fc from 'fast-check';
import { WholeRows } from './sheet-xml-scanner-rows';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The runs WholeRows hands to its scan when `xml` comes cut at `cuts`, from a reused buffer. */
function runsOf(xml: string, cuts: number[]): string[] {
  const bytes = encoder.encode(xml);
  const runs: string[] = [];
  const rows = new WholeRows((scanned, from, end) => {
    runs.push(decoder.decode(scanned.subarray(from, end)));
    return true;
  });
  const ends = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const reused = new Uint8Array(bytes.length);
  let from = 0;
  for (const end of [...ends, bytes.length]) {
    if (end < from) continue;
    reused.set(bytes.subarray(from, end));
    rows.push(reused.subarray(0, end - from), end === bytes.length);
    // What waits must be a copy: the sender writes over its buffer.
    reused.fill(0x3c);
    from = end;
  }
  return runs;
}

/** The runs but the last, which ends the sheet (a scan may be of nothing). */
const whole = (runs: string[]) => runs.filter((run) => run !== '').slice(0, -1);

const row = (n: number) => `<row r="${n}"><c r="A${n}"><v>${n}</v></c></row>`;

describe('WholeRows', () => {
  it.each<[string, string]>([
    ['rows only', [1, 2, 3].map(row).join('')],
    [
      'a long head and tail without rows',
      `<ws>${'<col/>'.repeat(300)}${row(1)}${'<h/>'.repeat(300)}`,
    ],
    ['no rows at all', '<worksheet>' + '<x a="1"/>'.repeat(400) + '</worksheet>'],
  ])('hands over %s whole, each run but the last ending a row', (_name, xml) => {
    const cuts = Array.from({ length: 60 }, (_, k) => k * 37);
    const runs = runsOf(xml, cuts);
    expect(runs.join('')).toBe(xml);
    expect(whole(runs).every((run) => run.endsWith('</row>'))).toBe(true);
  });

  it('hands over the same rows however the XML is cut', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 30 }),
        fc.string({ maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (rowCount, tail, cuts) => {
          const xml = `<sheetData>${Array.from({ length: rowCount }, (_, k) => row(k + 1)).join('')}${tail}`;
          const runs = runsOf(xml, cuts);
          expect(runs.join('')).toBe(xml);
          expect(whole(runs).every((run) => run.endsWith('</row>'))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
