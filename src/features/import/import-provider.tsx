import { useState, type ReactNode } from 'react';
import { ImportContext } from './import-context';
import type { ImportClient } from './import-client';
import { ImportDialog } from './import-dialog';
import { fileInReview } from './import-session';
import { ImportReportSlotContext } from './import-report-slot';
import { ImportStatus } from './import-status';
import type { MappingStorage } from './mapping-memory';
import { useDropZone } from './use-drop-zone';
import { useImport, type ImportTarget } from './use-import';
import { usePasteImport } from './use-paste-import';

export interface ImportProviderProps {
  /** The app's dataset: `useDataset()` fits. */
  target: ImportTarget;
  children?: ReactNode;
  client?: ImportClient;
  storage?: MappingStorage | null;
}

/**
 * The import feature for the whole page: files dropped anywhere or pasted, the import dialog,
 * progress and problems. Place <UploadSpreadsheets /> anywhere inside it.
 */
export function ImportProvider({ target, children, client, storage }: ImportProviderProps) {
  const controller = useImport(target, {
    ...(client ? { client } : {}),
    ...(storage !== undefined ? { storage } : {}),
  });
  const dragging = useDropZone(controller.start);
  usePasteImport(controller.start);
  const reviewing = fileInReview(controller.state);
  const [reportSlot, setReportSlot] = useState<HTMLElement | null>(null);
  return (
    <ImportContext.Provider value={controller}>
      <ImportReportSlotContext value={setReportSlot}>{children}</ImportReportSlotContext>
      {dragging ? (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center border-4 border-dashed border-accent bg-paper/85 text-2xl font-semibold text-accent-strong dark:border-night-accent dark:bg-night-paper/85 dark:text-night-accent"
        >
          Drop spreadsheets to import
        </div>
      ) : null}
      {reviewing ? (
        <ImportDialog
          key={reviewing.id}
          fileName={reviewing.name}
          format={reviewing.phase.format}
          tables={reviewing.phase.tables}
          preview={(table, mapping) => controller.preview(reviewing.id, table, mapping)}
          onConfirm={(choices) => void controller.confirm(reviewing.id, choices)}
          onSkip={() => controller.skip(reviewing.id)}
        />
      ) : null}
      <ImportStatus
        state={controller.state}
        onCancel={controller.cancel}
        onDismiss={controller.dismiss}
        reportSlot={reportSlot}
      />
    </ImportContext.Provider>
  );
}
