import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { benchChromiumImport } from './chromium-import';
import { ensureFixtures } from './fixtures';

interface Run {
  ms: number;
  peakMiB: number;
  baseMiB: number;
  check: string;
}

interface Figure {
  name: string;
  method: string;
  file: string;
  runs: Run[];
}

const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 5);

/**
 * The parts to measure, e.g. `BENCH_ONLY=xlsx npm run bench -- import` for the workbook's
 * figures and its Chromium import only: csv (2M per-vehicle rows), daily, small (the smaller
 * per-vehicle CSV), xlsx, and chromium-csv / chromium-xlsx (the browser imports; "chromium" for
 * both, and "xlsx" brings chromium-xlsx with it). All of them when unset.
 */
const ONLY = new Set(
  (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);
const wanted = (...parts: string[]) => ONLY.size === 0 || parts.some((part) => ONLY.has(part));

/** The runner as one bundle, built by Vite as the app is, so the code measured is the shipped code. */
async function buildRunner(dir: string): Promise<string> {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: resolve(import.meta.dirname, 'import-run.ts'),
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'import-run.mjs' } },
    },
  });
  return join(dir, 'import-run.mjs');
}

function runOnce(runner: string, method: string, file: string): Run {
  const child = spawnSync(process.execPath, [runner, method, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${method} on ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function table(
  title: string,
  figures: Figure[],
  floorName: string,
  peers: string[],
  fileBytes: number,
) {
  const floor = median(figures.find((f) => f.name === floorName)?.runs.map((r) => r.ms) ?? []);
  console.log(
    `\n${title} (file ${mib(fileBytes)}; median of ${REPETITIONS} alternating runs, each in a fresh process)`,
  );
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const figure of figures) {
    const ms = median(figure.runs.map((r) => r.ms));
    const peak = median(figure.runs.map((r) => r.peakMiB));
    const grown = median(figure.runs.map((r) => r.peakMiB - r.baseMiB));
    const versus = peers
      .filter((peer) => peer !== figure.name)
      .map((peer) => {
        const other = median(figures.find((f) => f.name === peer)?.runs.map((r) => r.ms) ?? []);
        return `${(other / ms).toFixed(2)}× faster than ${peer}`;
      });
    console.log(
      `${figure.name.padEnd(width)}  ${(ms / 1000).toFixed(2).padStart(6)} s  ${(ms / floor).toFixed(2).padStart(5)} × floor  peak ${peak.toFixed(0).padStart(4)} MiB (+${grown.toFixed(0)} over an idle process)${versus.length ? `  ${versus.join(', ')}` : ''}  [${figure.runs[0]?.check ?? ''}]`,
    );
  }
}

/** Measures every path `times` times, alternating between them so drift hits all alike. */
function measure(runner: string, figures: Figure[]): void {
  for (let rep = 0; rep < REPETITIONS; rep++) {
    for (const figure of figures) figure.runs.push(runOnce(runner, figure.method, figure.file));
  }
}

/**
 * The import benchmark of the speed issue: floors, the project's fast path and its peers on
 * the same generated files, as times, peak memory and ratios. Then the same import in Chromium
 * through the built app, when a build and a browser are there.
 */
export async function benchImport(): Promise<void> {
  const fixtures = ensureFixtures();
  // A runner of its own: benches run at the same time (other checkouts, other engineers) would
  // otherwise measure one another's code. Inside the cache, so its packages resolve.
  const runnerDir = join(fixtures.dir, `runner-${process.pid}`);
  const runner = await buildRunner(runnerDir);
  try {
    await measureAndPrint(runner, fixtures);
  } finally {
    rmSync(runnerDir, { recursive: true, force: true });
  }
}

async function measureAndPrint(
  runner: string,
  fixtures: ReturnType<typeof ensureFixtures>,
): Promise<void> {
  const size = (path: string) => statSync(path).size;
  const figure = (name: string, method: string, file: string): Figure => ({
    name,
    method,
    file,
    runs: [],
  });

  const csv = wanted('csv')
    ? [
        figure('read into a string', 'read', fixtures.vehiclesCsv),
        figure('floor: indexOf scan', 'scan-floor', fixtures.vehiclesCsv),
        // As the app reads it: a second thread counts the later rows (count-ahead.ts).
        figure('fast import', 'fast-csv', fixtures.vehiclesCsv),
        figure('fast import, one thread', 'fast-csv-one-thread', fixtures.vehiclesCsv),
        // The same through importTextStream, in the worker's quarter-megabyte steps.
        figure('fast import, as the worker steps it', 'fast-csv-stream', fixtures.vehiclesCsv),
        // Where WebAssembly is refused (an old CSP), every row is the JavaScript kernel's.
        figure('fast import, JavaScript kernel', 'fast-csv-js', fixtures.vehiclesCsv),
        figure('uDSV, row callback', 'udsv', fixtures.vehiclesCsv),
        figure('d3-dsv, row callback', 'd3-dsv', fixtures.vehiclesCsv),
        figure('PapaParse, tuned', 'papaparse', fixtures.vehiclesCsv),
      ]
    : [];
  const daily = wanted('daily')
    ? [
        figure('floor: indexOf scan', 'scan-floor', fixtures.dailyCsv),
        figure('fast import', 'fast-csv', fixtures.dailyCsv),
        figure('PapaParse, tuned', 'papaparse', fixtures.dailyCsv),
      ]
    : [];
  const small = wanted('small')
    ? [
        figure('floor: indexOf scan', 'scan-floor', fixtures.vehiclesSmallCsv),
        figure('fast import', 'fast-csv', fixtures.vehiclesSmallCsv),
        figure('general import (importBytes)', 'general', fixtures.vehiclesSmallCsv),
      ]
    : [];
  const xlsx = wanted('xlsx')
    ? [
        figure('inflate', 'inflate', fixtures.vehiclesXlsx),
        figure('floor: inflate + scan', 'inflate-scan', fixtures.vehiclesXlsx),
        figure('fast import', 'fast-xlsx', fixtures.vehiclesXlsx),
        figure('SheetJS, tuned (read only)', 'sheetjs', fixtures.vehiclesXlsx),
      ]
    : [];
  measure(runner, [...csv, ...daily, ...small, ...xlsx]);
  if (csv.length > 0) {
    table(
      `Per-vehicle CSV, ${fixtures.vehicleRows.toLocaleString('en')} rows`,
      csv,
      'floor: indexOf scan',
      ['uDSV, row callback', 'd3-dsv, row callback', 'PapaParse, tuned'],
      size(fixtures.vehiclesCsv),
    );
    console.log(
      '(uDSV and d3-dsv parse only: their callback sums one column, as the floor does; PapaParse counts per day, region and model)',
    );
  }
  if (daily.length > 0) {
    table(
      'The same vehicles as daily long rows',
      daily,
      'floor: indexOf scan',
      ['PapaParse, tuned'],
      size(fixtures.dailyCsv),
    );
  }
  if (small.length > 0) {
    table(
      `Per-vehicle CSV, ${fixtures.smallRows.toLocaleString('en')} rows`,
      small,
      'floor: indexOf scan',
      ['general import (importBytes)'],
      size(fixtures.vehiclesSmallCsv),
    );
  }
  if (xlsx.length > 0) {
    table(
      `Per-vehicle XLSX, ${fixtures.xlsxRows.toLocaleString('en')} rows`,
      xlsx,
      'floor: inflate + scan',
      ['SheetJS, tuned (read only)'],
      size(fixtures.vehiclesXlsx),
    );
  }
  // The issue's file: the worker reads it with the fast path, as the Node figures above.
  const browserFiles = [
    ...(wanted('chromium', 'chromium-csv')
      ? [process.env.BENCH_CHROMIUM_FILE ?? fixtures.vehiclesCsv]
      : []),
    ...(wanted('chromium', 'chromium-xlsx', 'xlsx') ? [fixtures.vehiclesXlsx] : []),
  ];
  if (browserFiles.length > 0) await benchChromiumImport(browserFiles, fixtures.dir);
}
