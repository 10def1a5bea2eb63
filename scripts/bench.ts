import { benchChromiumDashboard } from '../bench/chromium-dashboard';
import { benchImport } from '../bench/import.bench';
import { benchMetrics } from '../bench/metrics.bench';

// `npm run bench`: speed is measured here, never in timed tests. Figures are medians of one run;
// read them as ratios, the machines are noisy.
// `npm run bench -- dashboard` (or metrics, import; several allowed) runs only those parts.
const BENCHES = {
  metrics: async () => benchMetrics(),
  import: benchImport,
  dashboard: benchChromiumDashboard,
} as const;
type BenchName = keyof typeof BENCHES;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(BENCHES, name));
if (unknown.length > 0) {
  console.error(
    `Unknown bench ${unknown.join(', ')}: choose from ${Object.keys(BENCHES).join(', ')}.`,
  );
  process.exit(2);
}
const chosen = (asked.length > 0 ? asked : Object.keys(BENCHES)) as BenchName[];
for (const name of chosen) await BENCHES[name]();
