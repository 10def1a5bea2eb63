import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatCount } from '../../lib/format';
import { useDatasetStore } from './dataset-store-provider';
import type { StoreEntrySummary } from './session-types';

/** The files the importer reads; a replacement is a newer export of the same file. */
const ACCEPTED_FILES = '.csv,.tsv,.tab,.txt,.xlsx,.xls,.ods';

export interface DatasetListProps {
  /** The import flow reads the files and calls the store's replace(id, …) with the result. */
  onReplaceFiles: (id: string, files: File[]) => void;
  locale?: string;
}

function importTime(milliseconds: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(milliseconds),
  );
}

function RenameForm({ entry, onDone }: { entry: StoreEntrySummary; onDone: () => void }) {
  const { rename } = useDatasetStore();
  const [draft, setDraft] = useState(entry.name);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const name = draft.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name === '') return;
    if (name !== entry.name) void rename(entry.id, name);
    onDone();
  };

  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
      <input
        ref={inputRef}
        className="rp-field"
        aria-label={`New name for ${entry.name}`}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // Leaves the form only, not a menu the list is in.
          event.stopPropagation();
          onDone();
        }}
      />
      <button type="submit" className="rp-button-primary" disabled={name === ''}>
        Save name
      </button>
      <button type="button" className="rp-button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function DatasetItem({
  entry,
  onReplaceFiles,
  locale,
}: { entry: StoreEntrySummary } & DatasetListProps) {
  const { remove } = useDatasetStore();
  const [renaming, setRenaming] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    // Back to the button that opened the form, so keyboard users stay where they were.
    if (wasRenaming.current && !renaming) renameRef.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const finishRename = () => setRenaming(false);

  return (
    <li className="flex flex-col gap-2 border-b border-line py-3 last:border-b-0 dark:border-night-line">
      {renaming ? (
        <RenameForm entry={entry} onDone={finishRename} />
      ) : (
        <h3 className="font-semibold">{entry.name}</h3>
      )}
      {entry.problem ? (
        <p className="text-sm text-bad dark:text-night-bad">{entry.problem}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm text-ink-muted dark:text-night-ink-muted">
          <dt>Files</dt>
          <dd>{entry.sources.join(', ') || '—'}</dd>
          <dt>Imported</dt>
          <dd>{importTime(entry.importedAt, locale)}</dd>
          <dt>Rows</dt>
          <dd>{formatCount(entry.rowCount, locale)}</dd>
        </dl>
      )}
      <div className="flex flex-wrap gap-2">
        {entry.problem || renaming ? null : (
          <>
            <button
              ref={renameRef}
              type="button"
              className="rp-button"
              aria-label={`Rename ${entry.name}`}
              onClick={() => setRenaming(true)}
            >
              Rename
            </button>
            <label className="rp-button cursor-pointer focus-within:outline-2 focus-within:outline-accent">
              Replace
              <input
                type="file"
                accept={ACCEPTED_FILES}
                className="sr-only"
                aria-label={`Replace ${entry.name}`}
                onChange={(event) => {
                  const files = [...(event.target.files ?? [])];
                  // Choosing the same file again must fire a change next time too.
                  event.target.value = '';
                  if (files.length > 0) onReplaceFiles(entry.id, files);
                }}
              />
            </label>
          </>
        )}
        <button
          type="button"
          className="rp-button"
          aria-label={`Remove ${entry.name}`}
          onClick={() => void remove(entry.id)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

function ClearAll({ count }: { count: number }) {
  const { clearAll } = useDatasetStore();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Into the question when it opens (on the safe answer), back to the button when it closes.
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={openRef} type="button" className="rp-button" onClick={() => setConfirming(true)}>
        Clear all data
      </button>
    );
  }
  const close = () => setConfirming(false);
  return (
    <div
      role="group"
      aria-label="Confirm clearing all data"
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(event) => {
        // Escape answers the question with Cancel; the panel around it stays open.
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <p className="text-sm">
        Remove {count === 1 ? 'the stored dataset' : `all ${count} stored datasets`} and the saved
        view from this browser? This cannot be undone.
      </p>
      <button
        type="button"
        className="rp-button-primary"
        onClick={() => {
          setConfirming(false);
          void clearAll();
        }}
      >
        Yes, clear all data
      </button>
      <button ref={cancelRef} type="button" className="rp-button" onClick={close}>
        Cancel
      </button>
    </div>
  );
}

/** The stored datasets, each with rename, replace and remove, and a guarded Clear all data. */
export function DatasetList({ onReplaceFiles, locale }: DatasetListProps) {
  const { status, entries } = useDatasetStore();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2">
      <h2 id={titleId} className="text-base font-semibold">
        Stored datasets
      </h2>
      {status === 'loading' ? (
        <p className="text-sm">Loading the stored data…</p>
      ) : entries.length === 0 ? (
        <p className="text-sm">No datasets are stored in this browser.</p>
      ) : (
        <>
          <ul aria-labelledby={titleId}>
            {entries.map((entry) => (
              <DatasetItem
                key={entry.id}
                entry={entry}
                onReplaceFiles={onReplaceFiles}
                locale={locale}
              />
            ))}
          </ul>
          <ClearAll count={entries.length} />
        </>
      )}
    </section>
  );
}
