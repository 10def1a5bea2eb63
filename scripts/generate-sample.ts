/**
 * Writes public/sample/record-pace-sample-2019.csv from the pure generator in src/domain/sample.
 * Run with `npm run sample` after changing the generator; a test fails until the committed file
 * matches the generator again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample, sampleToCsv, SAMPLE_FILE_NAME } from '../src/domain/sample/index';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(repoRoot, 'public', 'sample', SAMPLE_FILE_NAME);

const records = generateSample();
const csv = sampleToCsv(records);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, csv, 'utf8');

console.log(
  `Wrote ${relative(repoRoot, target)}: ${records.length} rows, ${Buffer.byteLength(csv)} bytes.`,
);
console.log(
  'ILLUSTRATIVE, NOT REAL DAILY DATA: invented days that add up to Tesla’s published 2019 ' +
    'quarters and to monthly registrations. See public/sample/README.md.',
);
