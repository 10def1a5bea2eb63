import { createContext, use } from 'react';

/** Registers the page's place for the report of the last import (null: none in the page). */
export const ImportReportSlotContext = createContext<
  ((element: HTMLElement | null) => void) | null
>(null);

/**
 * Where the report of the last import (its problems, or a notice such as "Import cancelled")
 * sits: in the flow of the page, pushing what follows down, so that it covers no chart or
 * button. Without one in the page, the report floats at the bottom right with the progress.
 * Takes no room while there is nothing to report.
 */
export function ImportReportSlot({ className = '' }: { className?: string }) {
  const register = use(ImportReportSlotContext);
  return (
    <div
      ref={register ?? undefined}
      data-import-report=""
      className={`empty:hidden ${className}`}
    />
  );
}
