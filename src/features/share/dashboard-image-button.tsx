import { downloadBlob } from '../../lib/download';
import { elementPng } from './chart-images';
import { StatusText } from './status-text';
import { useStatus } from './use-status';

export interface DashboardImageButtonProps {
  /** The part of the page to draw; default the main content (KPIs, status and charts). */
  selector?: string;
  /** Default "record-pace-dashboard.png". */
  fileName?: string;
}

/**
 * "Download dashboard (PNG)": the whole dashboard as one image, drawn like the chart images
 * (twice the CSS pixels, the theme's background, no buttons), scaled down with a note when a
 * long page would pass the browser's canvas limits.
 */
export function DashboardImageButton({
  selector = '#main',
  fileName = 'record-pace-dashboard.png',
}: DashboardImageButtonProps) {
  const { status, busy, run } = useStatus();
  const download = () =>
    run(async () => {
      const image = await elementPng(document.querySelector(selector), 'dashboard');
      if (!image.ok) return { tone: 'error', text: image.error.message };
      downloadBlob(image.blob, fileName);
      return {
        tone: 'info',
        text: image.fit.note
          ? `Dashboard image saved. ${image.fit.note}`
          : 'Dashboard image saved.',
      };
    });
  return (
    <div className="flex flex-col gap-1" data-share-skip="">
      <button type="button" className="rp-button" disabled={busy} onClick={() => void download()}>
        {busy ? 'Drawing the dashboard…' : 'Download dashboard (PNG)'}
      </button>
      <StatusText status={status} className="text-xs" />
    </div>
  );
}
