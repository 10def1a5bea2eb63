import { useCallback, useEffect, useId, useRef } from 'react';
import { useImportController } from './import-context';

/** Everything the importer reads; the MIME types help pickers that filter by type. */
export const ACCEPTED_FILES = [
  '.csv',
  '.tsv',
  '.tab',
  '.txt',
  '.xlsx',
  '.xlsm',
  '.xls',
  '.ods',
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

/**
 * The file input labelled "Upload spreadsheets" (several files at once). The label is styled as a
 * button; the input stays in the page, focusable, for keyboards and assistive technology.
 */
export function UploadSpreadsheets({ className = '' }: { className?: string }) {
  const id = useId();
  const { start } = useImportController();
  const startRef = useRef(start);
  useEffect(() => {
    startRef.current = start;
  }, [start]);
  // A native listener, left in place when the input unmounts: the file chooser is modal, and
  // while it is open an import can finish and swap the empty state (and this input) for the
  // dashboard. React drops events of unmounted elements; the files picked would be lost.
  const listen = useCallback((input: HTMLInputElement | null) => {
    input?.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      // Cleared so that choosing the same file again (after fixing it) imports it again.
      input.value = '';
      startRef.current(files);
    });
  }, []);
  return (
    <span className={`relative inline-flex ${className}`}>
      <input
        ref={listen}
        id={id}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
      />
      <label
        htmlFor={id}
        className="rp-button-primary pointer-events-none peer-hover:bg-accent-strong peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent dark:peer-focus-visible:outline-night-accent"
      >
        Upload spreadsheets
      </label>
    </span>
  );
}
