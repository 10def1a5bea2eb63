import { cellText } from '../normalise/cell-text';
import { readDateCell, readNumberCell, type CellProblem } from '../normalise/read-cell';
import { isNoValueText } from '../normalise/number-text';
import type { ColumnMapping } from '../normalise/types';
import type { Cell } from '../types';
import type { FingerprintList } from './byte-keys';
import type { DateEvidence, NumberEvidenceTally } from './column-evidence';
import type { LabelTable } from './labels';
import type { RowSource } from './row-source';

/**
 * A sheet row (its cells as sheetRows gives them) read for the fast readers: the general cell
 * readers on each cell, with date cells and repeated labels taken straight.
 */
export class XlsxRowSource implements RowSource {
  row = 0;
  problem: CellProblem | null = null;
  cells: Cell[] = [];
  private readonly uses1904 = false;
  // Labels of the strings seen, per table of labels: shared strings repeat the same texts.
  private readonly labelCaches = new Map<LabelTable, Map<string, number>>();

  isEmpty(): boolean {
    for (const cell of this.cells) {
      if (cell === null) continue;
      if (typeof cell !== 'string' || cell.trim() !== '') return false;
    }
    return true;
  }

  date(column: ColumnMapping, evidence: DateEvidence | null): number {
    this.problem = null;
    const cell = this.cells[column.index] ?? null;
    if (cell === null) return NaN;
    if (typeof cell === 'object' && cell.kind === 'date') {
      evidence?.addYearFirst();
      return cell.day;
    }
    evidence?.addCell(cell);
    const reading = readDateCell(cell, column, this.uses1904);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  number(column: ColumnMapping, evidence: NumberEvidenceTally | null): number {
    this.problem = null;
    const cell = this.cells[column.index] ?? null;
    if (cell === null) return NaN;
    if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
    if (typeof cell === 'string' && isNoValueText(cell)) return NaN;
    evidence?.addCell(cell);
    const reading = readNumberCell(cell, column);
    if (reading.problem) this.problem = reading.problem;
    return reading.value ?? NaN;
  }

  label(index: number, labels: LabelTable): number {
    const cell = this.cells[index] ?? null;
    if (typeof cell !== 'string') return labels.ofText(cellText(cell));
    let cache = this.labelCaches.get(labels);
    if (cache === undefined) {
      cache = new Map();
      this.labelCaches.set(labels, cache);
    }
    let id = cache.get(cell);
    if (id === undefined) {
      id = labels.ofText(cell.trim());
      cache.set(cell, id);
    }
    return id;
  }

  fingerprint(index: number, keys: FingerprintList): void {
    const text = cellText(this.cells[index] ?? null);
    if (text !== '') keys.addText(text);
  }
}
