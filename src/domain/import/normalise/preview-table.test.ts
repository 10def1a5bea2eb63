import { guessMapping } from './guess-mapping';
import { previewTable } from './preview-table';
import { rawTable } from './testing/raw-table';

describe('previewTable', () => {
  const table = rawTable([
    ['Date', 'Country', 'Deliveries', 'source'],
    ['29/06/2019', 'NO', '1.016,5', 'x'],
    [],
    ['31/02/2019', 'NL', 'lots', 'y'],
    ['30/06/2019', 'NO', '', 'z'],
  ]);
  const mapping = guessMapping(table);

  it('shows the rows as they will be read, with per-cell problems', () => {
    const preview = previewTable(table, mapping);
    expect(preview.headers).toEqual(['Date', 'Country', 'Deliveries', 'source']);
    expect(preview.ignoredColumns).toEqual(['source']);
    expect(preview.totalRows).toBe(3);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(preview.rows[0]?.cells).toEqual([
      { text: '29/06/2019', value: '2019-06-29' },
      { text: 'NO', value: 'NO' },
      { text: '1.016,5', value: 1016.5 },
      { text: 'x', value: null },
    ]);
    expect(preview.rows[1]?.cells.map((c) => c.problem !== undefined)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(preview.rows[2]?.cells[2]).toEqual({ text: '', value: null });
  });

  it('stops at the limit but counts every row', () => {
    const preview = previewTable(table, mapping, 1);
    expect(preview.rows).toHaveLength(1);
    expect(preview.totalRows).toBe(3);
  });

  it('shows periods by their label', () => {
    const periodic = rawTable([
      ['period', 'units'],
      ['Q2 2019', '5'],
    ]);
    expect(previewTable(periodic, guessMapping(periodic)).rows[0]?.cells[0]?.value).toBe('2019-Q2');
  });
});
