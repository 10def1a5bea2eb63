/** Median wall time of `runs` calls after one warm-up; the machines are noisy, so compare ratios. */
export function medianMs(run: () => unknown, runs = 15): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export function report(rows: { name: string; ms: number }[], floorName: string): void {
  const floor = rows.find((row) => row.name === floorName)?.ms ?? NaN;
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(width)}  ${row.ms.toFixed(2).padStart(9)} ms  ${(row.ms / floor).toFixed(1).padStart(6)} × floor`,
    );
  }
}
