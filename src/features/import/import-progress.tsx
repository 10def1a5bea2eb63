import { useId } from 'react';
import { formatBytes } from './describe-issue';

export interface ProgressItem {
  id: string;
  name: string;
  bytesRead: number;
  totalBytes: number;
  /** Rows read so far; null until parsing has started. */
  rows: number | null;
  /** For people: "Reading", "Reading rows", "Importing". */
  stage: string;
}

function percent(item: ProgressItem): number {
  if (item.totalBytes <= 0) return 100;
  return Math.min(100, Math.round((item.bytesRead / item.totalBytes) * 100));
}

function ProgressRow({ item }: { item: ProgressItem }) {
  const labelId = useId();
  const value = percent(item);
  const rows = item.rows === null ? '' : ` · ${item.rows.toLocaleString('en-US')} rows`;
  const detail = `${formatBytes(item.bytesRead)} of ${formatBytes(item.totalBytes)} read${rows}`;
  return (
    <li className="py-1">
      {/* The name on a line of its own: beside the figures, a long one was cut to nothing. */}
      <div id={labelId} className="text-sm">
        <span className="block truncate font-medium" title={item.name}>
          {item.stage} {item.name}
        </span>
        <span className="block tabular-nums">{detail}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={detail}
        className="mt-1 h-2 w-full overflow-hidden rounded bg-line dark:bg-night-line"
      >
        <div
          className="h-full bg-accent transition-[width] dark:bg-night-accent"
          style={{ width: `${value}%` }}
        />
      </div>
    </li>
  );
}

export interface ImportProgressProps {
  items: readonly ProgressItem[];
  onCancel: () => void;
}

/** Bytes read and rows so far for every file being imported, with a way out. */
export function ImportProgress({ items, onCancel }: ImportProgressProps) {
  if (items.length === 0) return null;
  return (
    <section aria-label="Import progress">
      <ul>
        {items.map((item) => (
          <ProgressRow key={item.id} item={item} />
        ))}
      </ul>
      <button type="button" onClick={onCancel} className="rp-button mt-2">
        Cancel
      </button>
    </section>
  );
}
