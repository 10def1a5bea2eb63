import fc from 'fast-check';
import type { ImportIssue } from '../../domain/import/types';
import {
  fileInReview,
  importProblems,
  importReducer,
  initialImportState,
  isActive,
  progressItems,
  type ImportAction,
  type ImportState,
} from './import-session';

const warning: ImportIssue = {
  code: 'bad-number',
  severity: 'warning',
  message: 'a.csv, row 3: not a number',
  file: 'a.csv',
  row: 3,
};
const error: ImportIssue = {
  code: 'no-data',
  severity: 'error',
  message: 'b.csv: no row could be read.',
  file: 'b.csv',
};

function run(actions: ImportAction[], state: ImportState = initialImportState): ImportState {
  return actions.reduce(importReducer, state);
}

const added: ImportAction = {
  type: 'added',
  files: [
    { id: 'a', name: 'a.csv', size: 1000 },
    { id: 'b', name: 'b.csv', size: 10 },
  ],
};

describe('import session', () => {
  it.each<[string, ImportAction[], Record<string, string>]>([
    ['start reading', [added], { a: 'reading', b: 'reading' }],
    [
      'read and parse',
      [added, { type: 'read', id: 'a', bytesRead: 500 }, { type: 'parsing', id: 'a', rows: 10 }],
      { a: 'parsing', b: 'reading' },
    ],
    [
      'open for review',
      [added, { type: 'opened', id: 'a', format: 'text', tables: [], issues: [] }],
      { a: 'review', b: 'reading' },
    ],
    [
      'import',
      [
        added,
        { type: 'importing', id: 'a', rows: null },
        { type: 'imported', id: 'a', recordCount: 4, issues: [] },
      ],
      { a: 'imported', b: 'reading' },
    ],
    [
      'reject',
      [added, { type: 'rejected', id: 'b', error, issues: [] }],
      { a: 'reading', b: 'rejected' },
    ],
    ['skip', [added, { type: 'skipped', id: 'a' }], { a: 'skipped', b: 'reading' }],
    [
      'cancel the active ones',
      [added, { type: 'rejected', id: 'b', error, issues: [] }, { type: 'cancelled' }],
      { a: 'cancelled', b: 'rejected' },
    ],
    [
      'ignore late news of a cancelled file',
      [
        added,
        { type: 'cancelled' },
        { type: 'opened', id: 'a', format: 'text', tables: [], issues: [] },
      ],
      { a: 'cancelled', b: 'cancelled' },
    ],
    [
      'ignore news of a finished file',
      [
        added,
        { type: 'skipped', id: 'a' },
        { type: 'imported', id: 'a', recordCount: 1, issues: [] },
      ],
      { a: 'skipped', b: 'reading' },
    ],
  ])('%s', (_, actions, phases) => {
    const state = run(actions);
    expect(Object.fromEntries(state.files.map((file) => [file.id, file.phase.kind]))).toEqual(
      phases,
    );
  });

  it.each<[string, ImportAction[], string | null]>([
    ['nothing while files are active', [added, { type: 'skipped', id: 'a' }], null],
    [
      'one imported',
      [
        added,
        { type: 'imported', id: 'a', recordCount: 1, issues: [] },
        { type: 'skipped', id: 'b' },
      ],
      '1 file imported',
    ],
    [
      'both counts',
      [
        added,
        { type: 'imported', id: 'a', recordCount: 1, issues: [] },
        { type: 'rejected', id: 'b', error, issues: [] },
      ],
      '1 file imported, 1 file not imported',
    ],
    ['cancelled', [added, { type: 'cancelled' }], 'Import cancelled'],
    [
      'new files clear it',
      [
        added,
        { type: 'cancelled' },
        { type: 'added', files: [{ id: 'c', name: 'c.csv', size: 1 }] },
      ],
      null,
    ],
  ])('notice: %s', (_, actions, notice) => {
    expect(run(actions).notice).toBe(notice);
  });

  it('lists problems of finished files, the reason for a rejection first', () => {
    const state = run([
      added,
      { type: 'opened', id: 'a', format: 'text', tables: [], issues: [] },
      { type: 'imported', id: 'a', recordCount: 3, issues: [warning] },
      { type: 'rejected', id: 'b', error, issues: [warning] },
    ]);
    expect(importProblems(state)).toEqual([warning, error, warning]);
    expect(importProblems(run([{ type: 'dismissed' }], state))).toEqual([]);
  });

  it('shows progress for files being read or imported, none for those in review', () => {
    const state = run([
      added,
      { type: 'read', id: 'a', bytesRead: 250 },
      { type: 'opened', id: 'b', format: 'text', tables: [], issues: [] },
    ]);
    expect(progressItems(state)).toEqual([
      { id: 'a', name: 'a.csv', bytesRead: 250, totalBytes: 1000, rows: null, stage: 'Reading' },
    ]);
    expect(fileInReview(state)?.id).toBe('b');
  });

  it('keeps files apart and ends every active file on cancel, whatever happened before', () => {
    const names = ['a', 'b', 'c'];
    // Ids are made unique per batch as the hook does: name and the batch's position.
    const action: fc.Arbitrary<(position: number) => ImportAction> = fc.oneof(
      fc.subarray(names, { minLength: 1 }).map((chosen) => (position: number) => ({
        type: 'added' as const,
        files: chosen.map((name) => ({ id: `${name}-${position}`, name, size: 1 })),
      })),
      fc
        .tuple(fc.constantFrom(...names), fc.nat(11))
        .map(([name, at]) => () => ({ type: 'skipped' as const, id: `${name}-${at}` })),
      fc.constant(() => ({ type: 'cancelled' as const })),
      fc.constant(() => ({ type: 'dismissed' as const })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (makers) => {
        const state = run(makers.map((make, position) => make(position)));
        expect(new Set(state.files.map((f) => f.id)).size).toBe(state.files.length);
        expect(run([{ type: 'cancelled' }], state).files.some(isActive)).toBe(false);
        expect(run([{ type: 'dismissed' }], state).files.every(isActive)).toBe(true);
      }),
    );
  });
});
