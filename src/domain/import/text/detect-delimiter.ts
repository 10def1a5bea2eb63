export type Delimiter = ',' | ';' | '\t' | '|';

export interface DelimiterGuess {
  delimiter: Delimiter;
  confident: boolean;
}

export interface DelimiterAnalysis extends DelimiterGuess {
  /** False when no candidate splits any line: the text reads as one column whatever we pick. */
  found: boolean;
}

/** Detection looks at this many characters at most, so a 10 MB line costs nothing extra. */
export const DETECTION_SAMPLE_CHARS = 65_536;
const MAX_SAMPLE_RECORDS = 200;

/** In order of preference when the text does not decide. */
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
const CANDIDATE_CODES = CANDIDATES.map((candidate) => candidate.charCodeAt(0));

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Field counts of each complete, non-blank record in the sample, per candidate. */
function fieldCounts(text: string, sampleChars: number): number[][] {
  const end = Math.min(text.length, sampleChars);
  const complete = text.length <= sampleChars;
  const counts: number[][] = CANDIDATES.map(() => []);
  const current = CANDIDATES.map(() => 1);
  let inQuotes = false;
  let blank = true;
  let records = 0;
  const close = (): void => {
    if (!blank) {
      for (let k = 0; k < CANDIDATES.length; k += 1) counts[k]?.push(current[k] ?? 1);
      records += 1;
    }
    current.fill(1);
    blank = true;
  };
  for (let i = 0; i < end && records < MAX_SAMPLE_RECORDS; i += 1) {
    const c = text.charCodeAt(i);
    // Toggling on every quote is enough here: "" inside a quoted field toggles twice.
    if (c === QUOTE) inQuotes = !inQuotes;
    if (inQuotes) {
      blank = false;
      continue;
    }
    if (c === CR || c === LF) {
      if (!(c === LF && i > 0 && text.charCodeAt(i - 1) === CR)) close();
      continue;
    }
    blank = false;
    const k = CANDIDATE_CODES.indexOf(c);
    if (k >= 0) current[k] = (current[k] ?? 1) + 1;
  }
  // The last record is complete only when the sample holds the whole text.
  if (complete && records < MAX_SAMPLE_RECORDS) close();
  return counts;
}

function modeOf(values: readonly number[]): { mode: number; share: number } {
  const frequency = new Map<number, number>();
  let mode = 0;
  let best = 0;
  for (const value of values) {
    const seen = (frequency.get(value) ?? 0) + 1;
    frequency.set(value, seen);
    if (seen > best || (seen === best && value > mode)) {
      best = seen;
      mode = value;
    }
  }
  return { mode, share: values.length === 0 ? 0 : best / values.length };
}

/**
 * Picks the candidate whose field count is the most consistent over the first lines (quotes
 * respected), preferring more fields, then the order `,` `;` tab `|`. It depends only on the
 * first `sampleChars` characters and on whether the text is longer, so a streaming reader can
 * decide as soon as it holds more than that.
 */
export function analyseDelimiter(
  text: string,
  sampleChars: number = DETECTION_SAMPLE_CHARS,
): DelimiterAnalysis {
  const counts = fieldCounts(text, sampleChars);
  const scored = CANDIDATES.map((delimiter, k) => ({ delimiter, ...modeOf(counts[k] ?? []) }))
    .filter((candidate) => candidate.mode >= 2)
    .sort((a, b) => b.share - a.share || b.mode - a.mode);
  const best = scored[0];
  if (best === undefined) {
    const records = counts[0]?.length ?? 0;
    return { delimiter: ',', confident: records > 0, found: false };
  }
  const rivals = scored.filter((candidate) => candidate !== best && candidate.share === 1);
  return {
    delimiter: best.delimiter,
    confident: best.share === 1 && rivals.length === 0,
    found: true,
  };
}

export function detectDelimiter(text: string): DelimiterGuess {
  const { delimiter, confident } = analyseDelimiter(text);
  return { delimiter, confident };
}
