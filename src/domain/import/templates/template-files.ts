import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { dayFromIso } from '../../records/calendar-day';
import type { TemplateCell, TemplateTable } from './template-tables';

/** Excel's 1900-system serial of 1970-01-01; calendar days are counted from that date. */
const EXCEL_SERIAL_OF_DAY_ZERO = 25_569;

function csvField(cell: TemplateCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'object' ? cell.iso : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: comma-separated, CRLF line ends, ISO dates, blanks for no value. */
export function templateCsv(template: TemplateTable): string {
  const lines = [template.headers, ...template.rows].map((row) => row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function xlsxCell(cell: TemplateCell): CellObject | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return { t: 'n', v: cell };
  if (typeof cell === 'string') return { t: 's', v: cell };
  const day = dayFromIso(cell.iso);
  if (day === null) throw new Error(`Template date ${cell.iso} is not a calendar date`);
  // A serial number with a date format, never a JS Date: a Date would carry the writer's time zone.
  return { t: 'n', v: day + EXCEL_SERIAL_OF_DAY_ZERO, z: 'yyyy-mm-dd' };
}

function templateSheet(template: TemplateTable): WorkSheet {
  const sheet: WorkSheet = {};
  const rows: TemplateCell[][] = [template.headers, ...template.rows];
  const width = Math.max(...rows.map((row) => row.length));
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = xlsxCell(value);
      if (cell) sheet[utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet['!ref'] = utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length - 1, c: width - 1 },
  });
  sheet['!cols'] = template.headers.map((header) => ({ wch: Math.max(12, header.length + 2) }));
  return sheet;
}

/** An .xlsx workbook with one sheet named after the template's shape. */
export function templateXlsx(template: TemplateTable): Uint8Array {
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, templateSheet(template), template.title);
  const bytes: unknown = write(workbook, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(bytes instanceof ArrayBuffer))
    throw new Error('SheetJS write with type "array" returned no ArrayBuffer');
  return new Uint8Array(bytes);
}

export type TemplateFormat = 'csv' | 'xlsx';

export interface TemplateFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

const MIME_TYPES: Record<TemplateFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function templateFile(template: TemplateTable, format: TemplateFormat): TemplateFile {
  const bytes =
    format === 'csv' ? new TextEncoder().encode(templateCsv(template)) : templateXlsx(template);
  return { name: `${template.fileStem}.${format}`, mimeType: MIME_TYPES[format], bytes };
}
