import { useId } from 'react';
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
  return (
    <span className={`relative inline-flex ${className}`}>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          event.target.value = '';
          start(files);
        }}
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
