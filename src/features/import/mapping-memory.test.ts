import type { TableMapping } from '../../domain/import/normalise';
import {
  fitRemembered,
  recallMapping,
  rememberMapping,
  sameChoices,
  type MappingStorage,
} from './mapping-memory';
import { memoryStorage } from './test-storage';

const chosen: TableMapping = {
  shape: 'daily',
  headerRow: 0,
  columns: [
    { index: 0, header: 'Day', role: 'date', dateOrder: 'dmy' },
    { index: 1, header: 'Market', role: 'region' },
    { index: 2, header: 'Units', role: 'measure', measure: 'production', numberLocale: 'none' },
    { index: 3, header: 'Amount', role: 'measure', measure: 'orders', numberLocale: 'de' },
  ],
};

const failing: MappingStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('mapping memory', () => {
  it('recalls what was remembered for the same key, and nothing for another', () => {
    const storage = memoryStorage();
    expect(rememberMapping('day|market|units|amount', chosen, storage)).toBe(true);
    expect(recallMapping('day|market|units|amount', storage)).toEqual(chosen);
    expect(recallMapping('date|region', storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['not a mapping', '{"shape":"daily"}'],
    ['columns without roles', '{"shape":"daily","headerRow":0,"columns":[{}]}'],
  ])('ignores a stored value that is %s', (_, text) => {
    const storage = memoryStorage();
    storage.entries.set('record-pace:mapping:v1:k', text);
    expect(recallMapping('k', storage)).toBeNull();
  });

  it('keeps working when storage refuses', () => {
    expect(rememberMapping('k', chosen, failing)).toBe(false);
    expect(recallMapping('k', failing)).toBeNull();
    expect(recallMapping('k', null)).toBeNull();
  });

  it('fits a remembered mapping to a new table: its header row, answers kept, detections redone', () => {
    const guessed: TableMapping = {
      shape: 'wide',
      headerRow: 2,
      columns: chosen.columns.map((c) => ({
        index: c.index,
        header: c.header.toUpperCase(),
        role: 'ignore',
      })),
    };
    expect(fitRemembered(chosen, guessed)).toEqual({
      shape: 'daily',
      headerRow: 2,
      columns: [
        { index: 0, header: 'DAY', role: 'date', dateOrder: 'dmy' },
        { index: 1, header: 'MARKET', role: 'region' },
        { index: 2, header: 'UNITS', role: 'measure', measure: 'production' },
        { index: 3, header: 'AMOUNT', role: 'measure', measure: 'orders', numberLocale: 'de' },
      ],
    });
  });

  it('does not fit a mapping of another width', () => {
    expect(fitRemembered(chosen, { ...chosen, columns: chosen.columns.slice(1) })).toBeNull();
  });

  it.each([
    [
      'formats differ only',
      { ...chosen, columns: chosen.columns.map((c) => ({ ...c, numberLocale: 'en' as const })) },
      true,
    ],
    ['another shape', { ...chosen, shape: 'wide' as const }, false],
    [
      'another measure',
      {
        ...chosen,
        columns: chosen.columns.map((c) =>
          c.index === 2 ? { ...c, measure: 'deliveries' as const } : c,
        ),
      },
      false,
    ],
    [
      'another role',
      {
        ...chosen,
        columns: chosen.columns.map((c) => (c.index === 1 ? { ...c, role: 'model' as const } : c)),
      },
      false,
    ],
  ])('sameChoices when %s: %s', (_, other, same) => {
    expect(sameChoices(chosen, other)).toBe(same);
  });
});
