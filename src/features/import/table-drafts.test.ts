import type { TableMapping } from '../../domain/import/normalise';
import type { ImportIssue, SheetInfo } from '../../domain/import/types';
import type { TableCheck } from '../../workers/import-protocol';
import type { ReviewTable } from './import-session';
import { applyCheck, choicesOf, importBlockers, initialDrafts, withMapping } from './table-drafts';

const mapping: TableMapping = {
  shape: 'daily',
  headerRow: 0,
  columns: [
    { index: 0, header: 'Date', role: 'date', dateOrder: 'ymd' },
    {
      index: 1,
      header: 'Deliveries',
      role: 'measure',
      measure: 'deliveries',
      numberLocale: 'none',
    },
  ],
};

const refusal: ImportIssue = {
  code: 'no-date-column',
  severity: 'error',
  message: 'notes.xlsx › Notes: no column holds dates, months or quarters.',
  file: 'notes.xlsx',
};

function check(overrides: Partial<TableCheck> = {}): TableCheck {
  return {
    mapping,
    preview: {
      headers: ['Date', 'Deliveries'],
      columns: mapping.columns,
      rows: [],
      ignoredColumns: [],
      totalRows: 0,
    },
    duplicates: 0,
    duplicateExample: null,
    recordCount: 2,
    error: null,
    issues: [],
    ...overrides,
  };
}

function table(
  name: string,
  sheet: Partial<SheetInfo> | null,
  overrides: Partial<TableCheck> = {},
): ReviewTable {
  return {
    table: name,
    sheet: sheet ? { name, rowCount: 3, hidden: false, merges: [], ...sheet } : null,
    mappingKey: 'date|deliveries',
    guessed: mapping,
    remembered: null,
    check: check(overrides),
    notes: [],
  };
}

describe('import dialog drafts', () => {
  it.each<[string, ReviewTable[], boolean[]]>([
    [
      'a text table, even one that cannot be read as guessed',
      [table('', null, { error: refusal })],
      [true],
    ],
    [
      'visible sheets in, hidden ones out',
      [table('June', {}), table('Old', { hidden: true })],
      [true, false],
    ],
    [
      'a sheet that cannot be read as guessed stays out among others',
      [table('June', {}), table('Notes', {}, { error: refusal })],
      [true, false],
    ],
    ['empty sheets stay out', [table('June', {}), table('Blank', { rowCount: 0 })], [true, false]],
  ])('include %s', (_, tables, included) => {
    expect(initialDrafts(tables).map((draft) => draft.include)).toEqual(included);
  });

  it.each<[string, ReviewTable[], Parameters<typeof importBlockers>[1], string[]]>([
    ['nothing to block', [table('', null)], null, []],
    [
      'no sheet chosen',
      [table('Old', { hidden: true })],
      null,
      ['Choose at least one sheet to import.'],
    ],
    [
      'an open question',
      [
        table('', null, {
          mapping: {
            ...mapping,
            columns: mapping.columns.map((c) =>
              c.index === 0
                ? {
                    ...c,
                    needsAnswer: {
                      kind: 'date-order',
                      options: ['dmy', 'mdy'],
                      example: '03/04/2019',
                    },
                  }
                : c,
            ),
          },
        }),
      ],
      null,
      ['Answer the question above.'],
    ],
    ['a refusal', [table('', null, { error: refusal })], null, [refusal.message]],
    [
      'duplicates not decided',
      [table('', null, { duplicates: 2 })],
      null,
      ['Choose what to do with duplicate rows.'],
    ],
    ['duplicates decided', [table('', null, { duplicates: 2 })], 'keep-last', []],
  ])('blockers: %s', (_, tables, duplicates, reasons) => {
    expect(importBlockers(initialDrafts(tables), duplicates)).toEqual(reasons);
  });

  it('blocks while a changed mapping is being checked, and drops a late check of an older one', () => {
    const [draft] = initialDrafts([table('', null)]);
    if (!draft) throw new Error('no draft');
    const changed = withMapping(draft, { ...mapping, shape: 'wide' });
    expect(importBlockers([changed], null)).toEqual(['Checking the new mapping…']);
    const again = withMapping(changed, { ...mapping, shape: 'periodic' });
    const stale = applyCheck(
      again,
      changed.revision,
      check({ mapping: { ...mapping, shape: 'wide' } }),
    );
    expect(stale).toBe(again);
    const fresh = applyCheck(
      again,
      again.revision,
      check({ mapping: { ...mapping, shape: 'periodic' } }),
    );
    expect(fresh).toMatchObject({ pending: false, mapping: { shape: 'periodic' } });
  });

  it('gives the chosen tables and asks about duplicates when none were decided', () => {
    const drafts = initialDrafts([table('June', {}), table('Old', { hidden: true })]);
    expect(choicesOf(drafts, null)).toEqual({
      tables: [{ table: 'June', mapping }],
      duplicates: 'ask',
    });
    expect(choicesOf(drafts, 'sum').duplicates).toBe('sum');
  });
});
