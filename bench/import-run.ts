import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { countAheadInThread, readyAheadThread, runAheadJob } from './ahead-thread';

/**
 * One measurement in a fresh process, so each path's peak memory is its own: `node
 * import-run.mjs <method> <file>` prints { ms, peakMiB, baseMiB, check }. Built by the bench
 * (as the app is), then run by plain node. Each method loads only its own code, before the
 * idle figure is taken: a CSV import's process does not carry SheetJS.
 */

const CHUNK_BYTES = 1 << 20;

/**
 * Reads a file as the app's worker reads File.stream() (read-blob.ts reusedChunks): into one
 * buffer, used again for each chunk (a BYOB reader), never the whole file at once.
 */
function* chunksOf(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  const chunk = new Uint8Array(CHUNK_BYTES);
  try {
    for (;;) {
      const length = readSync(fd, chunk);
      if (length === 0) return;
      yield length === CHUNK_BYTES ? chunk : chunk.subarray(0, length);
    }
  } finally {
    closeSync(fd);
  }
}

async function* streamOf(path: string): AsyncGenerator<Uint8Array> {
  yield* chunksOf(path);
}

function readText(path: string): string {
  return new TextDecoder().decode(readFileSync(path));
}

/**
 * The floor: the file read into a string and split with indexOf (wrong on quoted fields, which
 * is why it is a floor and not a parser), summing one column read by char codes: the day of
 * month of the last column for vehicles, the first figure for daily rows.
 */
function scanFloor(path: string): number {
  const text = readText(path);
  const column = path.includes('daily') ? 3 : 5;
  let sum = 0;
  let at = text.indexOf('\n') + 1;
  while (at > 0 && at < text.length) {
    let field = at;
    for (let k = 0; k < column; k++) field = text.indexOf(',', field) + 1;
    const end = text.indexOf('\n', field);
    if (end < 0 || field <= at) break;
    if (column === 5) {
      if (end - field >= 10)
        sum += (text.charCodeAt(field + 8) - 48) * 10 + text.charCodeAt(field + 9) - 48;
    } else {
      let value = 0;
      for (let i = field; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
      }
      sum += value;
    }
    at = end + 1;
  }
  return sum;
}

/**
 * The fast import as the app's worker runs it: with a second thread counting the later rows of
 * a big file (`threads` 2; the thread started and ready before the import, as the app keeps
 * one), or alone. `driver` 'push' feeds the reader its chunks straight (the
 * reader's own speed, as every earlier round measured it); 'stream' through importTextStream, as
 * the worker does, in steps of a quarter megabyte with progress and a cancel check between them.
 */
async function fastCsv(
  threads: 1 | 2,
  rowKernel?: 'javascript',
  driver: 'push' | 'stream' = 'push',
): Promise<(path: string) => Promise<string>> {
  const { createFastTextImport } = await import('../src/domain/import/fast/fast-text-import');
  const { importTextStream } = await import('../src/domain/import/fast/import-stream');
  // Before the clock starts, as the app's import worker does at its start-up: the kernel
  // compiled and an instance ready, the fast reader warmed up on a small made-up file, and the
  // second reader's worker ready for a file.
  if (rowKernel === undefined) {
    const { prepareKernelInstance } = await import('../src/domain/import/fast/vehicle-kernel-wasm');
    const { warmUpTextImport } = await import('../src/domain/import/fast/warm-up');
    prepareKernelInstance();
    await warmUpTextImport();
  }
  const second = threads === 2 ? await readyAheadThread(new URL(import.meta.url)) : null;
  return async (path) => {
    const options = {
      file: path.split('/').pop() ?? path,
      rowKernel,
      totalBytes: statSync(path).size,
      countAhead: second ? countAheadInThread(second, path, CHUNK_BYTES) : undefined,
    };
    let outcome;
    if (driver === 'stream') {
      outcome = await importTextStream(streamOf(path), options);
    } else {
      const reader = createFastTextImport(options);
      for (const chunk of chunksOf(path)) {
        if (reader.waiting) await reader.waiting;
        if (!reader.push(chunk) || !reader.wantsMore) break;
      }
      if (reader.waiting) await reader.waiting;
      outcome = reader.end();
    }
    if (!outcome.eligible) throw new Error(`not read fast: ${outcome.reason}`);
    const { result } = outcome.table;
    if (!result.ok) throw new Error(result.error.message);
    return `${outcome.table.rowCount - 1} rows → ${result.value.records.length} records`;
  };
}

/** PapaParse as tuned as it goes (delimiter and line break given, no header objects), counting per day. */
async function papaCsv(): Promise<(path: string) => string> {
  const { default: Papa } = await import('papaparse');
  return (path) => {
    const text = readText(path);
    const daily = path.includes('daily');
    const counts = new Map<string, number>();
    let rows = 0;
    Papa.parse<string[]>(text, {
      delimiter: ',',
      newline: '\n',
      header: false,
      skipEmptyLines: false,
      step: (result) => {
        rows++;
        const cells = result.data;
        const day = daily ? cells[0] : cells[5];
        if (!day) return;
        const key = `${day}\u0000${cells[1] ?? ''}\u0000${cells[2] ?? ''}`;
        counts.set(key, (counts.get(key) ?? 0) + (daily ? Number(cells[3]) : 1));
      },
    });
    return `${rows} rows → ${counts.size} keys`;
  };
}

/**
 * A peer's row callback, as the floor reads: the day of month of the last column summed (for
 * daily rows, the first figure). What the uDSV and d3-dsv figures measure: parsing.
 */
function sumColumn(daily: boolean): { onRow: (cells: string[]) => void; sum: () => number } {
  let sum = 0;
  return {
    onRow: (cells) => {
      const cell = cells[daily ? 3 : 5] ?? '';
      if (daily) sum += Number(cell) || 0;
      else if (cell.length >= 10) sum += (cell.charCodeAt(8) - 48) * 10 + cell.charCodeAt(9) - 48;
    },
    sum: () => sum,
  };
}

/** uDSV 0.7.3's row callback over the whole text (its schema guessed from the first 64 KiB). */
async function uDsvRows(): Promise<(path: string) => number> {
  const { inferSchema, initParser } = await import('udsv');
  return (path) => {
    const text = readText(path);
    const { onRow, sum } = sumColumn(path.includes('daily'));
    const parser = initParser(inferSchema(text.slice(0, 1 << 16)));
    parser.chunk<string[]>(text, parser.stringArrs, (row) => onRow(row));
    parser.end();
    return sum();
  };
}

/** d3-dsv 3.0.2's csvParseRows with a row function that keeps nothing. */
async function d3DsvRows(): Promise<(path: string) => number> {
  const { csvParseRows } = await import('d3-dsv');
  return (path) => {
    const { onRow, sum } = sumColumn(path.includes('daily'));
    csvParseRows(readText(path), (row) => {
      onRow(row);
      return null;
    });
    return sum();
  };
}

async function generalPath(): Promise<(path: string) => string> {
  const { importBytes } = await import('../src/domain/import/pipeline');
  return (path) => {
    const imported = importBytes(new Uint8Array(readFileSync(path)), path.split('/').pop() ?? path);
    if (!imported.ok) throw new Error(imported.error.message);
    const result = imported.value.tables[0]?.result;
    if (!result?.ok) throw new Error('not imported');
    return `${result.value.records.length} records`;
  };
}

async function inflate(): Promise<(path: string) => number> {
  const { unzipSync } = await import('fflate');
  return (path) => Object.keys(unzipSync(new Uint8Array(readFileSync(path)))).length;
}

/** Inflate, then count cells and sum the values of one column by scanning the sheet's bytes. */
async function inflateScan(): Promise<(path: string) => number> {
  const { unzipSync } = await import('fflate');
  return (path) => {
    const sheet =
      unzipSync(new Uint8Array(readFileSync(path)))['xl/worksheets/sheet1.xml'] ??
      new Uint8Array(0);
    let sum = 0;
    let at = 0;
    // `<v>` opens every value; the digits after it are summed.
    for (;;) {
      at = sheet.indexOf(0x3c, at);
      if (at < 0) break;
      if (sheet[at + 1] === 0x76 && sheet[at + 2] === 0x3e) {
        let value = 0;
        for (at += 3; (sheet[at] ?? 0) >= 48 && (sheet[at] ?? 0) <= 57; at++)
          value = value * 10 + (sheet[at] ?? 0) - 48;
        sum += value;
      } else at++;
    }
    return sum;
  };
}

async function sheetJs(): Promise<(path: string) => string> {
  const { read: readWorkbook } = await import('@e965/xlsx');
  return (path) => {
    const workbook = readWorkbook(readFileSync(path), {
      type: 'buffer',
      dense: true,
      cellText: false,
      cellHTML: false,
      cellDates: false,
    });
    return `${workbook.SheetNames.length} sheets`;
  };
}

async function fastXlsx(): Promise<(path: string) => string> {
  const { importXlsxFast } = await import('../src/domain/import/fast/fast-xlsx-import');
  return (path) => {
    const outcome = importXlsxFast(new Uint8Array(readFileSync(path)), {
      file: path.split('/').pop() ?? path,
    });
    if (!outcome.eligible) throw new Error(`not read fast: ${outcome.reason}`);
    const { result } = outcome.table;
    if (!result.ok) throw new Error(result.error.message);
    return `${outcome.table.rowCount - 1} rows → ${result.value.records.length} records`;
  };
}

/** Each method's code, loaded before it is measured. */
const METHODS: Record<string, () => Promise<(path: string) => unknown>> = {
  read: () => Promise.resolve((path) => readText(path).length),
  'scan-floor': () => Promise.resolve(scanFloor),
  'fast-csv': () => fastCsv(2),
  'fast-csv-one-thread': () => fastCsv(1),
  'fast-csv-stream': () => fastCsv(2, undefined, 'stream'),
  'fast-csv-js': () => fastCsv(1, 'javascript'),
  papaparse: papaCsv,
  udsv: uDsvRows,
  'd3-dsv': d3DsvRows,
  general: generalPath,
  inflate,
  'inflate-scan': inflateScan,
  sheetjs: sheetJs,
  'fast-xlsx': fastXlsx,
};

/**
 * This process's peak resident memory. On Linux getrusage's maxRSS survives execve: a child
 * spawned by the bench (vfork, then exec) starts with the bench's own high-water mark, so every
 * small run read as big as the bench process. VmHWM is the high-water mark of this process's
 * memory alone.
 */
function peakResidentMiB(): number {
  // Not Linux: getrusage is all there is.
  if (!existsSync('/proc/self/status')) return process.resourceUsage().maxRSS / 1024;
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kib === undefined) throw new Error('/proc/self/status has no VmHWM line');
  return Number(kib) / 1024;
}

if (!isMainThread) {
  await runAheadJob();
} else {
  await measure();
}

async function measure(): Promise<void> {
  const [method = '', path = ''] = process.argv.slice(2);
  const load = METHODS[method];
  if (!load) throw new Error(`unknown method ${method}`);
  const run = await load();
  const baseMiB = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const check = await run(path);
  const ms = performance.now() - started;
  // CPU time of the process (all its threads): on a machine shared with other work it drifts
  // far less than the wall-clock time, which waits for the cores.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakMiB = peakResidentMiB();
  console.log(JSON.stringify({ ms, cpuMs, peakMiB, baseMiB, check: String(check) }));
}
