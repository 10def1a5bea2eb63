import { useDatasetStore } from './dataset-store-provider';

export const PERSISTENCE_REFUSED_NOTE =
  'The browser did not promise to keep the saved data: it may delete it when space runs low. Export a copy to be safe.';

/**
 * Says when the data is not being stored (with an Export data button), when a change was refused
 * because another tab changed the data first, and, quietly, when persistent storage was refused.
 */
export function StorageBanner() {
  const { storage, notice, exportAll, dismissNotice } = useDatasetStore();
  return (
    // A landmark of its own, so what it says is found by landmark navigation.
    // Aligned with the header and the page below it; nothing at all while there is nothing to say.
    <section
      aria-label="Storage"
      className="mx-auto flex max-w-7xl flex-col gap-2 px-4 pt-3 empty:hidden"
    >
      {storage.problem ? (
        <div
          role="alert"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-warn bg-amber-50 p-3 text-sm text-ink dark:border-night-warn dark:bg-night-panel dark:text-night-ink"
        >
          <p className="max-w-prose">{storage.problem}</p>
          <button type="button" className="rp-button" onClick={exportAll}>
            Export data
          </button>
        </div>
      ) : null}
      {notice ? (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line p-3 text-sm dark:border-night-line"
        >
          <p className="max-w-prose">{notice}</p>
          <button type="button" className="rp-button" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
      {storage.mode === 'indexeddb' && storage.persisted === false ? (
        <p className="text-xs text-ink-muted dark:text-night-ink-muted">
          {PERSISTENCE_REFUSED_NOTE}
        </p>
      ) : null}
    </section>
  );
}
