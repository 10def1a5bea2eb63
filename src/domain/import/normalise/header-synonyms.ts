import type { Measure } from '../../records/measures';
import {
  FILLER_WORDS,
  MEASURE_SYNONYMS,
  NOT_A_COUNT_WORDS,
  ROLE_SYNONYMS,
  type FixedRole,
} from './header-vocabulary';
import type { ColumnRole } from './types';

/** The region given to rows of a table that names none (a global figure). */
export const UNNAMED_REGION = 'Total';

/** Splits a header into words: letters and digits of any script, everything else separates. */
export function headerWords(header: string): string[] {
  return header.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
}

function normaliseWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Case-, accent- and punctuation-insensitive form of a header: "Units-Delivered " → "units delivered". */
export function normaliseHeader(header: string): string {
  return headerWords(header).map(normaliseWord).join(' ');
}

const EXACT = new Map<string, { role: ColumnRole; measure?: Measure }>();
for (const [role, synonyms] of Object.entries(ROLE_SYNONYMS)) {
  for (const synonym of synonyms) EXACT.set(synonym, { role: role as FixedRole });
}
for (const [measure, synonyms] of Object.entries(MEASURE_SYNONYMS)) {
  for (const synonym of synonyms)
    EXACT.set(synonym, { role: 'measure', measure: measure as Measure });
}

/** Measure synonyms as word lists, longest first, so "open orders" wins over "orders". */
const MEASURE_PHRASES: { words: string[]; measure: Measure }[] = Object.entries(MEASURE_SYNONYMS)
  .flatMap(([measure, synonyms]) =>
    synonyms.map((synonym) => ({ words: synonym.split(' '), measure: measure as Measure })),
  )
  .sort((a, b) => b.words.length - a.words.length);

export interface HeaderMatch {
  role: ColumnRole;
  measure?: Measure;
  /** For "North America deliveries": the region, in the header's own spelling. */
  region?: string;
}

function startsWithWords(words: string[], phrase: string[]): boolean {
  return phrase.every((word, i) => words[i] === word);
}

function endsWithWords(words: string[], phrase: string[]): boolean {
  const offset = words.length - phrase.length;
  return offset >= 0 && phrase.every((word, i) => words[offset + i] === word);
}

function regionAround(
  original: string[],
  normalised: string[],
  from: number,
  to: number,
  measure: Measure,
): HeaderMatch {
  const rest = normalised.slice(from, to);
  if (rest.some((word) => NOT_A_COUNT_WORDS.has(word))) return { role: 'ignore' };
  if (rest.every((word) => FILLER_WORDS.has(word))) return { role: 'measure', measure };
  return { role: 'measure', measure, region: original.slice(from, to).join(' ') };
}

/**
 * What a header says about its column, from the header alone. "delivery date" comes back as
 * 'delivery-date'; the caller reads it as the table's date unless the table is per vehicle.
 */
export function matchHeader(header: string): HeaderMatch {
  const original = headerWords(header);
  const normalised = original.map(normaliseWord);
  if (header.includes('%')) return { role: 'ignore' };
  const exact = EXACT.get(normalised.join(' '));
  if (exact) return { ...exact };
  for (const { words, measure } of MEASURE_PHRASES) {
    if (words.length >= normalised.length) continue;
    if (endsWithWords(normalised, words)) {
      return regionAround(original, normalised, 0, normalised.length - words.length, measure);
    }
    if (startsWithWords(normalised, words)) {
      return regionAround(original, normalised, words.length, normalised.length, measure);
    }
  }
  return { role: 'ignore' };
}
