import { createContext, useContext } from 'react';
import type { ImportController } from './use-import';

export const ImportContext = createContext<ImportController | null>(null);

export function useImportController(): ImportController {
  const controller = useContext(ImportContext);
  // Rendering an import control outside <ImportProvider> is a wiring bug.
  if (controller === null) throw new Error('Import controls must be inside <ImportProvider>.');
  return controller;
}
