import type { ReactNode } from 'react';

interface EmptyStateProps {
  onLoadSample: () => void;
  /** True while the sample is being loaded. */
  loading?: boolean;
  /** Why loading the sample failed, if it did. */
  loadError?: string | null;
  /** The import feature's file input (Upload spreadsheets) and drop zone. */
  upload?: ReactNode;
  /** The import feature's template downloads; nothing is shown without it. */
  templates?: ReactNode;
}

/** What the app does, how to start, and where the data goes (nowhere). */
export function EmptyState({
  onLoadSample,
  loading = false,
  loadError = null,
  upload,
  templates,
}: EmptyStateProps) {
  return (
    <section
      aria-labelledby="empty-state-title"
      className="mx-auto flex max-w-2xl flex-col gap-5 px-4 py-10"
    >
      <h2 id="empty-state-title" className="text-2xl font-bold">
        Will you beat the delivery record?
      </h2>
      <p>
        Record Pace reads your daily delivery, production and order figures and shows, per region,
        what remains to reach the quarter&apos;s record or goal. It compares the rate required for
        the days left with the current pace, the projected total and the chance to make it.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {upload}
        <button
          type="button"
          className="rp-button-primary"
          onClick={onLoadSample}
          disabled={loading}
        >
          Load sample data
        </button>
        {loading ? (
          <span role="status" className="rp-muted text-sm">
            Loading the sample…
          </span>
        ) : null}
      </div>
      {loadError ? (
        <p role="alert" className="text-sm text-bad dark:text-night-bad">
          The sample could not be loaded: {loadError}
        </p>
      ) : null}
      <p className="rp-panel p-3 text-sm">
        Your files never leave this browser: everything is computed on this device.
      </p>
      {templates}
    </section>
  );
}
