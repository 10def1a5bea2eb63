import type { Cell } from '../types';
import { allTemplateTables, type TemplateCell } from '../templates';
import { guessMapping } from './guess-mapping';
import { normaliseTable } from './normalise-table';
import { rawTable } from './testing/raw-table';
import { dayFromIso } from '../../records/calendar-day';

// The downloadable templates must import as the shape they stand for, as CSV text and as workbook cells.
const asText = (cell: TemplateCell): Cell =>
  cell !== null && typeof cell === 'object' ? cell.iso : cell === null ? '' : String(cell);
const asWorkbook = (cell: TemplateCell): Cell =>
  cell !== null && typeof cell === 'object'
    ? { kind: 'date', day: dayFromIso(cell.iso) ?? NaN }
    : cell;

describe.each(allTemplateTables().map((t) => [t.shape, t] as const))(
  'the %s template',
  (shape, template) => {
    it.each([
      ['CSV', asText],
      ['XLSX', asWorkbook],
    ])('imports from %s as its shape, without questions or warnings', (_, convert) => {
      const table = rawTable([template.headers, ...template.rows.map((row) => row.map(convert))]);
      const mapping = guessMapping(table);
      expect(mapping.shape).toBe(shape);
      const result = normaliseTable(table, mapping, { duplicates: 'ask' });
      expect(result.ok).toBe(true);
      expect(result.issues).toEqual([]);
    });
  },
);
