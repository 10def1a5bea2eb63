import type { CellProblem } from '../normalise/read-cell';
import type { ColumnMapping } from '../normalise/types';
import type { FingerprintList } from './byte-keys';
import type { DateEvidence, NumberEvidenceTally } from './column-evidence';
import type { LabelTable } from './labels';

/**
 * The current row of a table being read fast, cell by cell, without a Cell per cell: delimited
 * text reads its byte ranges, a sheet its parsed values. Readings follow readDateCell,
 * readNumberCell and cellText exactly; a value that is missing or has a problem reads as NaN
 * and `problem` says which.
 */
export interface RowSource {
  /** The row as people see it: its line in a text file, its number in a sheet. */
  readonly row: number;
  /** Set by the last date or number reading that had a problem; null otherwise. */
  problem: CellProblem | null;
  /** isEmptyRow: every cell blank once trimmed. */
  isEmpty(): boolean;
  /** The calendar day of the cell, feeding `evidence` when given. */
  date(column: ColumnMapping, evidence: DateEvidence | null): number;
  number(column: ColumnMapping, evidence: NumberEvidenceTally | null): number;
  /** The number of the cell's trimmed text among `labels`. */
  label(index: number, labels: LabelTable): number;
  /** Adds the cell's trimmed text, when it is not empty, to `keys`. */
  fingerprint(index: number, keys: FingerprintList): void;
}

/** Evidence gathered per column while reading, to check a guessed mapping against every row. */
export interface ColumnChecks {
  dates: Map<number, DateEvidence>;
  numbers: Map<number, NumberEvidenceTally>;
}
