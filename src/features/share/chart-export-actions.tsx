import { chartCsv, type CsvCellValue, type CsvColumn } from '../../domain/share';
import { downloadBlob, downloadText } from '../../lib/download';
import { chartPng, chartSvg } from './chart-images';
import { copyPng } from './copy-image';
import { ExportMenu } from './export-menu';
import { StatusText } from './status-text';
import { useStatus, type Status } from './use-status';

export interface ChartExportActionsProps {
  /** The figure's data-chart-id: the picture is taken from it. */
  chartId: string;
  title: string;
  /** The lines under the title as the frame shows them, e.g. "All regions · All models". */
  captionLines: readonly string[];
  /** The data's file names. */
  sources: readonly string[];
  /** The chart's data table, written as the CSV. */
  columns: readonly CsvColumn[];
  rows: readonly Readonly<Record<string, CsvCellValue>>[];
}

const BUTTON =
  'rounded border border-[var(--chart-axis,currentColor)] px-2 py-1 text-left text-sm hover:bg-[var(--chart-grid,transparent)] focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60';

/** Excel reads a CSV as UTF-8 only with a byte order mark; dashes and accents need it. */
const BOM = '\uFEFF';

function pngNote(note: string | null, done: string): Status {
  return { tone: 'info', text: note ? `${done} ${note}` : done };
}

/**
 * Download PNG, Download SVG, Download CSV and Copy image for one chart, behind one Export button
 * so that narrow charts keep room for their titles: for the chart frame's actions slot. The pictures show the figure as it is on screen (title, selection, as of, the
 * files, the legend) on the theme's background; the PNG at twice the CSS pixels.
 */
export function ChartExportActions({
  chartId,
  title,
  captionLines,
  sources,
  columns,
  rows,
}: ChartExportActionsProps) {
  const { status, busy, run } = useStatus();
  const fileName = `record-pace-${chartId}`;
  const description = [
    ...captionLines,
    ...(sources.length > 0 ? [`Data: ${sources.join(', ')}`] : []),
  ].join('\n');

  const downloadPng = () =>
    run(async () => {
      const image = await chartPng(chartId);
      if (!image.ok) return { tone: 'error', text: image.error.message };
      downloadBlob(image.blob, `${fileName}.png`);
      return pngNote(image.fit.note, 'PNG saved.');
    });

  const downloadSvg = () =>
    run(async () => {
      const svg = await chartSvg(chartId, title, description);
      if (!svg.ok) return { tone: 'error', text: svg.error.message };
      downloadText(svg.text, `${fileName}.svg`, 'image/svg+xml;charset=utf-8');
      return { tone: 'info', text: 'SVG saved.' };
    });

  const downloadCsv = () =>
    run(() => {
      downloadText(BOM + chartCsv(columns, rows), `${fileName}.csv`);
      return Promise.resolve({ tone: 'info', text: 'CSV saved.' });
    });

  const copyImage = () => {
    let note: string | null = null;
    // Started in the click itself: the clipboard gets a promise of the image, not a late call.
    const png = chartPng(chartId).then((image) => {
      if (!image.ok) throw new Error(image.error.message);
      note = image.fit.note;
      return image.blob;
    });
    // copyPng reports the image's failure when the clipboard reads it; a browser without an
    // image clipboard never reads it, and has its own message.
    png.catch(() => undefined);
    void run(async () => {
      const copied = await copyPng(png);
      if (!copied.ok) return { tone: 'error', text: copied.error.message };
      return pngNote(note, copied.message);
    });
  };

  return (
    <ExportMenu title={title}>
      <button type="button" className={BUTTON} disabled={busy} onClick={() => void downloadPng()}>
        Download PNG
      </button>
      <button type="button" className={BUTTON} disabled={busy} onClick={() => void downloadSvg()}>
        Download SVG
      </button>
      <button type="button" className={BUTTON} disabled={busy} onClick={() => void downloadCsv()}>
        Download CSV
      </button>
      <button type="button" className={BUTTON} disabled={busy} onClick={copyImage}>
        Copy image
      </button>
      <StatusText status={status} className="text-xs" />
    </ExportMenu>
  );
}
