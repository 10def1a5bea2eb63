import type { ImportResult, RawTable } from '../types';
import { parseDelimited } from './delimited-parser';
import { decodeText } from './decode-text';
import { analyseDelimiter } from './detect-delimiter';

const TAB_SEPARATED_NAME = /\.(tsv|tab)$/i;

/**
 * Reads a delimited-text file from its bytes: decodes it, detects the delimiter (unless one is
 * given) and parses it. The notes say which encoding and delimiter were used; on success
 * `issues` repeats the table's notes.
 */
export function readTextTable(
  bytes: Uint8Array,
  file: string,
  options: { delimiter?: string; expectedHeader?: readonly string[] } = {},
): ImportResult<RawTable> {
  const decoding = decodeText(bytes, file);
  if (!decoding.ok) return decoding;
  const { text } = decoding.value;
  let { delimiter } = options;
  // A .tsv name settles what the lines alone leave open (say, one column, or commas in values).
  if (
    delimiter === undefined &&
    TAB_SEPARATED_NAME.test(file) &&
    !analyseDelimiter(text).confident
  ) {
    delimiter = '\t';
  }
  const parsed = parseDelimited(text, {
    file,
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(options.expectedHeader === undefined ? {} : { expectedHeader: options.expectedHeader }),
  });
  const encodingNotes = decoding.issues;
  if (!parsed.ok) return { ...parsed, issues: [...encodingNotes, ...parsed.issues] };
  const notes = [...encodingNotes, ...parsed.value.notes];
  return { ok: true, value: { ...parsed.value, notes }, issues: [...notes] };
}
