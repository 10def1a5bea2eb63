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
      <div id={labelId} className="flex justify-between gap-2 text-sm">
        <span className="truncate font-medium">
          {item.stage} {item.name}
        </span>
        <span className="shrink-0 tabular-nums">{detail}</span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={detail}
        className="mt-1 h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full bg-sky-600 transition-[width]" style={{ width: `${value}%` }} />
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
    <section
      aria-label="Import progress"
      className="rounded-lg border border-slate-300 p-3 dark:border-slate-600"
    >
      <ul>
        {items.map((item) => (
          <ProgressRow key={item.id} item={item} />
        ))}
      </ul>
      <button
        type="button"
        onClick={onCancel}
        className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        Cancel
      </button>
    </section>
  );
}
