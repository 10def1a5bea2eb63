import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';

const folder = mkdtempSync(join(tmpdir(), 'record-pace-e2e-'));

/** Writes a real file to upload with setInputFiles, and returns its path. */
export function textFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** Writes a real XLSX or ODS workbook (by the name's extension) with one sheet per entry. */
export function workbookFile(name: string, sheets: Record<string, (string | number)[][]>): string {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  }
  const bookType = name.endsWith('.ods') ? 'ods' : 'xlsx';
  const bytes = XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** Days of June 2019 as ISO dates, for building files. */
export function juneDays(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `2019-06-${String(i + 1).padStart(2, '0')}`);
}
