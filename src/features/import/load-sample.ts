import { importBytes } from '../../domain/import';
import type { ImportIssue } from '../../domain/import';
import { datasetFromRecords, type Dataset, type DailyRecord } from '../../domain/records';
import { SAMPLE_FILE_NAME } from '../../domain/sample';

function describe(issue: ImportIssue): string {
  const where = [issue.file, issue.row === undefined ? null : `row ${issue.row}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}

/**
 * Loads the committed sample file through the same importer a user's upload goes through, so the
 * sample exercises the real path and never drifts from what the importer accepts.
 */
export async function loadSampleDataset(): Promise<{ dataset: Dataset; sources: string[] }> {
  const response = await fetch(`${import.meta.env.BASE_URL}sample/${SAMPLE_FILE_NAME}`);
  if (!response.ok) {
    throw new Error(
      `The sample data could not be loaded (${SAMPLE_FILE_NAME}: HTTP ${response.status}).`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const imported = importBytes(bytes, SAMPLE_FILE_NAME);
  if (!imported.ok) throw new Error(describe(imported.error));
  const records: DailyRecord[] = [];
  for (const table of imported.value.tables) {
    if (!table.result.ok) throw new Error(describe(table.result.error));
    // A loop, not push(...list): spreading a large table's rows overflows the call stack.
    for (const record of table.result.value.records) records.push(record);
  }
  return { dataset: datasetFromRecords(records, [SAMPLE_FILE_NAME]), sources: [SAMPLE_FILE_NAME] };
}
