import { benchChromiumDashboard } from '../bench/chromium-dashboard';
import { benchImport } from '../bench/import.bench';
import { benchMetrics } from '../bench/metrics.bench';

// `npm run bench`: speed is measured here, never in timed tests. Figures are medians of one run;
// read them as ratios, the machines are noisy.
benchMetrics();
await benchImport();
await benchChromiumDashboard();
