import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importBytes } from '../../src/domain/import';
import { computeKpis } from '../../src/domain/metrics';
import { periodById } from '../../src/domain/periods';
import { datasetFromRecords, recordsFromDataset } from '../../src/domain/records';
import { generateSample, SAMPLE_FILE_NAME } from '../../src/domain/sample';

// The committed sample goes through the user's import path; it must give exactly the generated data.
describe('the committed sample through the importer', () => {
  const bytes = new Uint8Array(
    readFileSync(resolve(__dirname, '../../public/sample', SAMPLE_FILE_NAME)),
  );
  const imported = importBytes(bytes, SAMPLE_FILE_NAME);

  it('imports without errors as a daily table', () => {
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value.tables).toHaveLength(1);
    expect(imported.value.tables[0]?.mapping.shape).toBe('daily');
    expect(imported.value.tables[0]?.result.ok).toBe(true);
  });

  it('gives the same records as the generator', () => {
    if (!imported.ok || !imported.value.tables[0]?.result.ok) throw new Error('import failed');
    const fromFile = datasetFromRecords(imported.value.tables[0].result.value.records);
    const generated = datasetFromRecords(generateSample());
    expect(recordsFromDataset(fromFile)).toEqual(recordsFromDataset(generated));
  });

  it('has the published Q2 2019 global deliveries as the Q3 record', () => {
    if (!imported.ok || !imported.value.tables[0]?.result.ok) throw new Error('import failed');
    const dataset = datasetFromRecords(imported.value.tables[0].result.value.records);
    const q3 = periodById('2019-Q3');
    if (!q3) throw new Error('no period');
    const kpis = computeKpis(dataset, q3, { regions: [], models: [] }, {}, { simulate: false });
    expect(kpis.record).toMatchObject({ total: 95_200, periodLabel: '2019 Q2' });
  });
});
