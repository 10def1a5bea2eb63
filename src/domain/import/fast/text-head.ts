import { analyseDelimiter } from '../text/detect-delimiter';
import { placeText } from '../text/issues';
import type { ImportIssue } from '../types';
import { looksLikeText } from '../workbook/sniff-format';

/** Enough bytes to hold more than the 65,536 characters delimiter detection looks at. */
export const HEAD_BYTES = 512 * 1024;
const CONTROL_SAMPLE = 65_536;
const BINARY_CONTROL_SHARE = 0.03;
const TAB_SEPARATED_NAME = /\.(tsv|tab)$/i;

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'vertical bar',
};

export interface TextHead {
  /** Where the text starts: after a UTF-8 byte-order mark. */
  textStart: number;
  /**
   * The head's whole characters from textStart (a character cut by the head's end is left
   * out): the first rows are read from it, so the head is decoded once.
   */
  text: string;
  delimiter: string;
  /** The encoding note, then the delimiter note, as readTextTable gives them. */
  encodingNote: ImportIssue;
  delimiterNote: ImportIssue;
}

function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function note(file: string, code: string, severity: ImportIssue['severity'], text: string) {
  return { code, severity, message: `${placeText(file)}: ${text}.`, file };
}

/**
 * Reads the start of a file as readTextTable would, and says whether the rest can be read fast:
 * UTF-8 text (the general reader takes UTF-16 and Windows-1252), and the delimiter it detects.
 * `atEnd` says the head is the whole file. Returns a reason string when it is not for the fast
 * reader.
 */
export function readTextHead(head: Uint8Array, file: string, atEnd: boolean): TextHead | string {
  if (startsWith(head, [0x50, 0x4b]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'a workbook, not text';
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'UTF-16 text';
  if (!looksLikeText(head.subarray(0, 64 * 1024))) return 'not text';
  const sample = Math.min(head.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample; i++) if (isControl(head[i] ?? 0)) controls++;
  if (sample > 0 && controls / sample > BINARY_CONTROL_SHARE) return 'binary content';
  const bom = startsWith(head, [0xef, 0xbb, 0xbf]);
  const textStart = bom ? 3 : 0;
  // A second mark would be read as text by the decoder and dropped by the tokenizer.
  if (startsWith(head.subarray(textStart), [0xef, 0xbb, 0xbf])) return 'two byte-order marks';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      head.subarray(textStart),
      { stream: !atEnd },
    );
  } catch (error) {
    if (error instanceof TypeError) return 'not UTF-8 (read as Windows-1252 by the general reader)';
    throw error;
  }
  // Detection reads 65,536 characters and whether more follow: the head must hold more.
  if (!atEnd && text.length <= 65_536)
    return 'the first lines are too long to detect the delimiter';
  const analysis = analyseDelimiter(text);
  const encodingNote = note(
    file,
    'encoding',
    'info',
    `read as UTF-8${bom ? ' (it has a byte-order mark)' : ''}`,
  );
  if (TAB_SEPARATED_NAME.test(file) && !analysis.confident) {
    const delimiterNote = note(file, 'delimiter', 'info', 'delimiter: tab, as chosen');
    return { textStart, text, delimiter: '\t', encodingNote, delimiterNote };
  }
  if (!analysis.found) return 'a single column';
  const name = DELIMITER_NAMES[analysis.delimiter] ?? analysis.delimiter;
  const delimiterNote = analysis.confident
    ? note(file, 'delimiter', 'info', `delimiter detected: ${name}`)
    : note(
        file,
        'delimiter',
        'warning',
        `delimiter guessed: ${name}; the lines do not agree, so check the columns`,
      );
  return { textStart, text, delimiter: analysis.delimiter, encodingNote, delimiterNote };
}
