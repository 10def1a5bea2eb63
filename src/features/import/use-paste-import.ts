import { useEffect, useRef } from 'react';

/** The name pasted cells carry in messages ("Pasted cells, row 3, column Deliveries"). */
export const PASTED_FILE_NAME = 'Pasted cells';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Cells copied from Excel, LibreOffice or Google Sheets arrive as tab-separated text; a single
 * word or number is not a table and is left alone.
 */
export function pastedTable(text: string): File | null {
  const trimmed = text.replace(/^\s*\n/, '').trimEnd();
  if (!trimmed.includes('\t') && !trimmed.includes('\n')) return null;
  return new File([trimmed + '\n'], PASTED_FILE_NAME, { type: 'text/tab-separated-values' });
}

/** Imports what is pasted anywhere on the page except into a text field. */
export function usePasteImport(onFiles: (files: File[]) => void, target: Window = window): void {
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || !event.clipboardData) return;
      const files = [...event.clipboardData.files];
      const table =
        files.length > 0 ? null : pastedTable(event.clipboardData.getData('text/plain'));
      if (table) files.push(table);
      if (files.length === 0) return;
      event.preventDefault();
      onFilesRef.current(files);
    };
    target.addEventListener('paste', paste);
    return () => target.removeEventListener('paste', paste);
  }, [target]);
}
