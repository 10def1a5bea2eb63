import type { CsvTextScanner } from './csv-text-scanner';
import type { CsvTextSource } from './csv-text-source';
import type { RowCallback } from './csv-fields';
import type { TextRowCounts } from './text-import-finish';
import type { TextTableStart } from './text-table-start';
import type { Utf8Chunks } from './utf8-chunks';

/** What the scanner reads the body's rows with. */
export interface ScanBody {
  scanner: CsvTextScanner;
  source: CsvTextSource;
  chunks: Utf8Chunks;
  onRow: RowCallback;
}

/**
 * The fast text reader's rows that its kernel does not take, decoded and read by the scanner:
 * the row a text cuts is carried, as text, to the next one.
 */
export class TextBodyScan {
  /** The table being read; null before its head is read, or once the file was refused. */
  body: ScanBody | null = null;
  /** The start of a row the last text cut, to be read with the next. */
  leftover = '';
  /** Problem of the row the scanner stopped at, said by onRow. */
  private rowProblem: string | null = null;
  private readonly counts: TextRowCounts;
  private readonly refuse: (reason: string) => false;

  constructor(counts: TextRowCounts, refuse: (reason: string) => false) {
    this.counts = counts;
    this.refuse = refuse;
  }

  /** Nothing of a row is held between texts: the next byte starts a row. */
  get settled(): boolean {
    const { body } = this;
    return this.leftover === '' && body !== null && !body.chunks.holding && !body.scanner.lfPending;
  }

  /** One callback for the whole file: the scanner's call to it stays monomorphic and inlined. */
  rowCallback(started: TextTableStart): RowCallback {
    const { source, reader, width, mapping } = started;
    const { counts } = this;
    const headerRows = mapping.headerRow + 1;
    return (count, line, blank) => {
      if (blank && width > 1 && counts.rows > 0) {
        if (counts.blankRun === 0 && counts.blankInside === 0) counts.firstBlankLine = line;
        counts.blankRun++;
        return true;
      }
      counts.blankInside += counts.blankRun;
      counts.blankRun = 0;
      if (count !== width) {
        this.rowProblem = `line ${line} has ${count} fields, the header ${width}`;
        return false;
      }
      counts.rows++;
      if (counts.rows <= headerRows) return true;
      source.count = count;
      source.row = line;
      reader.readRow(source);
      return true;
    };
  }

  /** `bytes`: the bytes `text` was decoded from when they are all ASCII, else null. */
  scan(text: string, from: number, atEnd: boolean, bytes: Uint8Array | null = null): boolean {
    const current = this.body;
    if (current === null) return false;
    const { scanner, source } = current;
    source.chunk = text;
    source.view =
      bytes === null ? null : new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const consumed = scanner.scan(text, from, atEnd, current.onRow);
    if (this.rowProblem !== null) return this.refuse(this.rowProblem);
    if (consumed < 0) {
      return this.refuse(`${scanner.problem ?? 'a problem'} at line ${scanner.line}`);
    }
    this.leftover = consumed === text.length ? '' : text.slice(consumed);
    return true;
  }

  decodeAndScan(bytes: Uint8Array): boolean {
    const chunks = this.body?.chunks;
    if (chunks === undefined) return false;
    const text = chunks.decode(bytes);
    if (text === null) {
      return this.refuse('invalid-utf-8 (read as Windows-1252 by the general reader)');
    }
    return this.scanText(text, chunks.ascii ? bytes : null);
  }

  /**
   * Reads a text where it is: only the row cut by the previous text is joined (with the start
   * of this one), so the file's characters are not copied once more on their way through.
   */
  private scanText(text: string, bytes: Uint8Array | null): boolean {
    const { leftover } = this;
    if (leftover === '') return this.scan(text, 0, false, bytes);
    const before = leftover.length;
    // To the first line break: the cut row most likely ends there.
    const window = text.slice(0, text.indexOf('\n') + 1);
    const joined = leftover + window;
    if (!this.scan(joined, 0, false)) return false;
    const consumedInText = joined.length - this.leftover.length - before;
    // A row that goes on (a line break in quotes, or none at all): the text is joined whole.
    if (consumedInText <= 0) return this.scan(this.leftover + text.slice(window.length), 0, false);
    this.leftover = '';
    return this.scan(text, consumedInText, false, bytes);
  }
}
