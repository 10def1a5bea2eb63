import { blankLinesIssue } from '../text/issues';
import type { DuplicatePolicy } from '../normalise/types';
import type { RawTable } from '../types';
import type { FastImportOutcome } from './fast-types';
import { checkGuess, normalisedResult, notEligible } from './fast-table';
import type { TextTableStart } from './text-table-start';

/** What the fast text reader counted of a file's rows while reading it. */
export interface TextRowCounts {
  /** Rows read, blank lines not counted (the header included). */
  rows: number;
  /** Blank lines between rows, and at the end (so far: the run not yet followed by a row). */
  blankInside: number;
  blankRun: number;
  firstBlankLine: number;
}

/** After the last row: the table with its notes, or why the general reader must read the file. */
export function finishTextImport(
  started: TextTableStart,
  counts: TextRowCounts,
  file: string,
  policy: DuplicatePolicy,
): FastImportOutcome {
  const { reader, mapping, checks, sample, notes } = started;
  if (counts.rows <= mapping.headerRow + 1) return notEligible('no rows below the header');
  const readerBody = reader.finish();
  if (checks) {
    const changed = checkGuess(sample, mapping, checks);
    if (changed !== null) return notEligible(changed);
  }
  const blankNote = blankLinesIssue(file, {
    inside: counts.blankInside,
    trailing: counts.blankRun,
    firstLine: counts.firstBlankLine,
  });
  if (blankNote !== null) notes.add(blankNote);
  const fileNotes = [started.head.encodingNote, ...notes.list()];
  const preview: RawTable = { ...sample, notes: fileNotes };
  const result = normalisedResult(preview, mapping, readerBody, policy);
  if ('eligible' in result) return result;
  return {
    eligible: true,
    table: {
      file,
      preview,
      rowCount: counts.rows,
      mapping,
      mappingKey: started.key,
      remembered: started.remembered,
      result,
      issues: [...fileNotes],
    },
  };
}
