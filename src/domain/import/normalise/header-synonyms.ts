import type { Measure } from '../../records/measures';
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

const MEASURE_SYNONYMS: Record<Measure, string[]> = {
  deliveries: [
    'deliveries',
    'delivered',
    'delivery count',
    'units delivered',
    'vehicles delivered',
    'cars delivered',
    'handovers',
    'registrations',
    'new registrations',
    'registered',
    'sales',
    'units sold',
    'sold',
    'units',
  ],
  production: [
    'production',
    'produced',
    'built',
    'builds',
    'output',
    'units produced',
    'units built',
    'vehicles produced',
    'vehicles built',
    'manufactured',
  ],
  orders: [
    'orders',
    'net orders',
    'new orders',
    'net new orders',
    'order intake',
    'orders received',
    'order count',
    'bookings',
  ],
  backlog: [
    'backlog',
    'open orders',
    'order backlog',
    'open backlog',
    'orders open',
    'outstanding orders',
    'pending orders',
    'undelivered orders',
  ],
  unscheduled: [
    'unscheduled',
    'unscheduled orders',
    'unscheduled backlog',
    'not scheduled',
    'orders without delivery date',
  ],
  inventory: ['inventory', 'stock', 'in stock', 'inventory units', 'built not delivered'],
};

type FixedRole = Exclude<ColumnRole, 'measure' | 'ignore'>;

const ROLE_SYNONYMS: Record<FixedRole, string[]> = {
  date: [
    'date',
    'day',
    'as of',
    'as of date',
    'report date',
    'reporting date',
    'calendar date',
    'datum',
  ],
  period: [
    'period',
    'month',
    'quarter',
    'reporting period',
    'year month',
    'month year',
    'year quarter',
  ],
  region: [
    'region',
    'market',
    'country',
    'area',
    'territory',
    'country code',
    'country name',
    'sales region',
    'delivery region',
    'geography',
    'location',
  ],
  model: ['model', 'model line', 'vehicle', 'model name', 'vehicle model', 'car model', 'product'],
  vin: [
    'vin',
    'vin number',
    'vehicle identification number',
    'vehicle id',
    'order id',
    'order number',
    'reservation number',
    'chassis number',
  ],
  'order-date': [
    'order date',
    'ordered',
    'ordered on',
    'date ordered',
    'order day',
    'booking date',
    'reservation date',
  ],
  'build-date': [
    'build date',
    'production date',
    'built on',
    'date built',
    'build day',
    'manufacturing date',
    'produced on',
  ],
  'delivery-date': [
    'delivery date',
    'delivered on',
    'date delivered',
    'delivery day',
    'handover date',
    'registration date',
  ],
  'scheduled-date': [
    'scheduled date',
    'scheduled delivery date',
    'scheduled delivery',
    'scheduled on',
    'planned delivery date',
    'appointment date',
    'delivery appointment',
  ],
};

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

// Words around a measure name that do not name a region: "Total deliveries", "Deliveries (units)".
const FILLER_WORDS = new Set([
  'total',
  'all',
  'regions',
  'global',
  'worldwide',
  'world',
  'daily',
  'per',
  'day',
  'number',
  'of',
  'no',
  'nr',
  'count',
  'sum',
  'qty',
  'quantity',
  'units',
  'vehicles',
  'cars',
  'tesla',
  'net',
  'new',
]);

// A column whose header says it is not a plain daily count (a running total, a plan, a share) is
// ignored rather than read as one: reading "Deliveries to date" as daily deliveries would be wrong.
const NOT_A_COUNT_WORDS = new Set([
  'cumulative',
  'cum',
  'cumul',
  'running',
  'ytd',
  'qtd',
  'mtd',
  'to',
  'target',
  'goal',
  'plan',
  'planned',
  'forecast',
  'budget',
  'estimate',
  'share',
  'percent',
  'percentage',
  'pct',
  'growth',
  'change',
  'delta',
  'diff',
  'yoy',
  'qoq',
  'mom',
  'average',
  'avg',
  'mean',
  'rate',
]);

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
