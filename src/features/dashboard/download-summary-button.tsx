import type { Selection, TargetSettings } from '../../domain/metrics/types';
import type { Period } from '../../domain/periods/types';
import type { Dataset } from '../../domain/records/dataset';
import { summaryCsv } from '../../domain/summary/summary-csv';
import { summaryFileName, summaryRows } from '../../domain/summary/summary-rows';
import { downloadText } from '../../lib/download';

interface DownloadSummaryButtonProps {
  dataset: Dataset;
  period: Period;
  selection: Selection;
  settings: TargetSettings;
  /** The settings a single region has in the view (its own goal or record), for its row. */
  settingsForRegion: (region: string) => TargetSettings;
}

/** Builds the summary CSV when clicked, so each region's chance is simulated only then. */
export function DownloadSummaryButton({
  dataset,
  period,
  selection,
  settings,
  settingsForRegion,
}: DownloadSummaryButtonProps) {
  const download = () => {
    const rows = summaryRows(dataset, period, selection, settings, { settingsForRegion });
    downloadText(summaryCsv(rows), summaryFileName(period));
  };
  return (
    <button type="button" className="rp-button" onClick={download}>
      Download summary (CSV)
    </button>
  );
}
