import type { Cell, ImportIssue, RawTable } from '../../types';

/** A RawTable for tests: rows as given, row numbers 1, 2, 3, … like lines of a text file. */
export function rawTable(
  rows: Cell[][],
  options: { file?: string; sheet?: string | null; notes?: ImportIssue[] } = {},
): RawTable {
  return {
    file: options.file ?? 'test.csv',
    sheet: options.sheet ?? null,
    rows,
    rowNumbers: rows.map((_, i) => i + 1),
    notes: options.notes ?? [],
  };
}

/**
 * Splits one line of simple comma-separated text: double-quoted fields may hold commas and "" for
 * a quote, but not line breaks. Enough for the real data files in tests; the product's reader is
 * src/domain/import/text.
 */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/** A RawTable from CSV text with no line breaks inside fields. */
export function csvTable(text: string, file = 'test.csv'): RawTable {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return rawTable(lines.map(splitCsvLine), { file });
}
