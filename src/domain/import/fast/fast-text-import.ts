import { AheadHandover } from './ahead-handover';
import type { FastImportOptions, FastImportOutcome } from './fast-types';
import { notEligible, type NotEligible } from './fast-table';
import { joined } from './joined-bytes';
import { HEAD_BYTES } from './text-head';
import { readLinePieces, WholeLines } from './line-pieces';
import { finishTextImport, type TextRowCounts } from './text-import-finish';
import { readPlainRows, type PlainRowKernel } from './plain-rows';
import { TextBodyScan, type ScanBody } from './text-body-scan';
import { startTextTable, type TextTableStart } from './text-table-start';
import { Utf8Chunks } from './utf8-chunks';

export type { FastImportOptions, FastImportOutcome, FastImportedTable } from './fast-types';

const LF = 0x0a;

export interface FastTextImport {
  /** Reads the next bytes. False once the file is known not to be for the fast reader. */
  push(chunk: Uint8Array): boolean;
  /** After the last chunk: the table, or why the general reader must read the file. */
  end(): FastImportOutcome;
  readonly bytesRead: number;
  /** Rows read so far, blank lines not counted. */
  readonly rowsRead: number;
  /** To be awaited before the next push or end: a second reader's count the reader now needs. */
  readonly waiting: Promise<void> | null;
  /** False once the rest of the file was counted by a second reader: no more chunks are needed. */
  readonly wantsMore: boolean;
  /** Stops the second reader, if any: the import was cancelled. */
  cancel(): void;
}

interface Body extends TextTableStart, ScanBody {
  /** Reads the usual rows from their bytes, for a reader that has one; else null. */
  kernel: PlainRowKernel | null;
}

/**
 * The fast reader of delimited text: fed the file in chunks (of any size, split anywhere), it
 * reads each row's bytes once, in place, and adds them straight into daily records; it never
 * holds the file, a string per cell or an object per row. It gives exactly what importBytes
 * gives (records, duplicates, issues with their rows and columns, notes) or says why the file
 * is for the general reader: another encoding, a broken row, a mapping it does not handle, or
 * formats that only the whole file shows to differ from its first rows.
 */
export function createFastTextImport(options: FastImportOptions): FastTextImport {
  const { file } = options;
  const policy = options.duplicates ?? 'sum';
  let headChunks: Uint8Array[] = [];
  let headLength = 0;
  let body: Body | null = null;
  let refused: NotEligible | null = null;
  let bytesRead = 0;
  /** The body's chunks, given on to readPiece in pieces that end at line ends. */
  const wholeLines = new WholeLines();
  const counts: TextRowCounts = { rows: 0, blankInside: 0, blankRun: 0, firstBlankLine: 0 };
  const text = new TextBodyScan(counts, refuse);
  const decodeAndScan = (bytes: Uint8Array) => text.decodeAndScan(bytes);
  let ended = false;
  let handover: AheadHandover | null = null;
  let bytesShown = 0;
  let rowsShown = 0;

  function refuse(reason: string): false {
    handover?.cancel();
    refused = notEligible(reason);
    body = null;
    text.body = null;
    headChunks = [];
    text.leftover = '';
    return false;
  }

  /** Reads the head once it is long enough (or the whole file), then its rows. */
  function start(atEnd: boolean): boolean {
    const head = joined(headChunks, headLength);
    headChunks = [];
    const started = startTextTable(head, options, policy, atEnd);
    if (typeof started === 'string') return refuse(started);
    body = {
      ...started,
      chunks: new Utf8Chunks(),
      onRow: text.rowCallback(started),
      kernel:
        started.reader.plainRows?.(started.head.delimiter.charCodeAt(0), started.width) ?? null,
    };
    text.body = body;
    // Before the head's rows, which take this reader a while (the first sightings of every
    // label and day): the second one counts meanwhile.
    if (!atEnd) startAhead(body);
    return readHeadRows(head.subarray(started.head.textStart));
  }

  /** Past the head: the table's later rows to a second reader, where one is given and pays. */
  function startAhead(current: Body): void {
    const shape = current.kernel?.aheadShape?.();
    if (!shape) return;
    handover = AheadHandover.start(options, shape, bytesRead, {
      feed: (bytes) => wholeLines.push(bytes, readPiece),
      atRowStart: () => !wholeLines.holding && text.settled,
      readLeft: readPiece,
      skipCounted: (rows) => {
        if (rows === 0) return;
        counts.blankInside += counts.blankRun;
        counts.blankRun = 0;
        counts.rows += rows;
        current.scanner.line += rows;
      },
      takeAhead: (count) => current.kernel?.takeAhead?.(count),
      refuse,
    });
  }

  /**
   * The head's rows: its first line by the scanner, the rest a piece at a time as any chunk's,
   * so that past the header the kernel reads them (not the scanner, a whole head of them).
   */
  function readHeadRows(bytes: Uint8Array): boolean {
    const firstLineEnd = bytes.indexOf(LF) + 1;
    if (firstLineEnd > 0 && !decodeAndScan(bytes.subarray(0, firstLineEnd))) return false;
    return readLinePieces(bytes.subarray(firstLineEnd), readPiece);
  }

  function finish(): FastImportOutcome {
    const current = body;
    if (current === null) return refused ?? notEligible('nothing was read');
    return finishTextImport(current, counts, file, policy);
  }

  /**
   * A piece of the body: its usual rows read from its bytes by the reader's kernel, the
   * others (and all rows of a reader without one) decoded and read by the scanner.
   */
  function readPiece(bytes: Uint8Array): boolean {
    const current = body;
    if (current === null) return false;
    // Until the header is read (rows before it are counted too), every row is the scanner's.
    if (current.kernel === null || counts.rows < current.mapping.headerRow + 1) {
      return decodeAndScan(bytes);
    }
    return readPlainRows(bytes, current.kernel, {
      scanner: current.scanner,
      counts,
      scanned: () => text.settled,
      decodeAndScan,
    });
  }

  return {
    push(chunk) {
      if (ended) throw new Error('FastTextImport.push called after end');
      if (refused !== null) return false;
      bytesRead += chunk.length;
      if (body === null) {
        // Copied: a caller may reuse its buffer, and the head is read again once the mapping is known.
        headChunks.push(chunk.slice());
        headLength += chunk.length;
        if (headLength < HEAD_BYTES) return true;
        return start(false);
      }
      return handover ? handover.push(chunk) : wholeLines.push(chunk, readPiece);
    },
    end() {
      if (ended) throw new Error('FastTextImport.end called twice');
      ended = true;
      if (refused !== null) return refused;
      if (body === null && !start(true)) return refused ?? notEligible('nothing was read');
      if (handover !== null && !handover.end()) {
        return refused ?? notEligible('the last row could not be read');
      }
      if (body !== null && !wholeLines.end(readPiece)) {
        return refused ?? notEligible('the last row could not be read');
      }
      if (body !== null && !body.chunks.end()) refuse('invalid-utf-8 at the end of the file');
      if (!text.scan(text.leftover, 0, true)) {
        return refused ?? notEligible('the last row could not be read');
      }
      return finish();
    },
    get bytesRead() {
      // With a second reader: its bytes while it is waited for, all once it counted to the end;
      // never less than said before.
      if (handover === null) return bytesRead;
      const now = handover.wantsMore
        ? bytesRead + handover.aheadProgress.bytes
        : Math.max(bytesRead, options.totalBytes ?? 0);
      bytesShown = Math.max(bytesShown, now);
      return bytesShown;
    },
    get rowsRead() {
      rowsShown = Math.max(rowsShown, counts.rows + (handover?.aheadProgress.rows ?? 0));
      return rowsShown;
    },
    get waiting() {
      return handover?.waiting ?? null;
    },
    get wantsMore() {
      return handover?.wantsMore ?? true;
    },
    cancel() {
      handover?.cancel();
    },
  };
}

/** Reads bytes already in memory with the fast reader, in chunks as a stream would give them. */
export function importTextFast(
  bytes: Uint8Array,
  options: FastImportOptions,
  chunkBytes = 1 << 20,
): FastImportOutcome {
  const reader = createFastTextImport(options);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    if (!reader.push(bytes.subarray(at, at + chunkBytes))) break;
  }
  return reader.end();
}
