export { ImportProvider, type ImportProviderProps } from './import-provider';
export { UploadSpreadsheets, ACCEPTED_FILES } from './upload-spreadsheets';
export { ImportDialog, type ImportDialogProps } from './import-dialog';
export { ImportProblems, type ImportProblemsProps } from './import-problems';
export { ImportProgress, type ImportProgressProps, type ProgressItem } from './import-progress';
export { ImportStatus, type ImportStatusProps } from './import-status';
export { TemplatesList } from './templates-list';
export {
  useImport,
  type ImportController,
  type ImportOptions,
  type ImportTarget,
} from './use-import';
export { useImportController } from './import-context';
export { useDropZone } from './use-drop-zone';
export { usePasteImport, pastedTable, PASTED_FILE_NAME } from './use-paste-import';
export { createImportClient, type ImportClient } from './import-client';
export type { ImportChoices, ImportState, SessionFile, FilePhase } from './import-session';
export { ImportReportSlot } from './import-report-slot';
