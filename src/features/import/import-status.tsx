import { createPortal } from 'react-dom';
import { ImportProblems } from './import-problems';
import { ImportProgress } from './import-progress';
import { importProblems, progressItems, type ImportState } from './import-session';

export interface ImportStatusProps {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
  /** The page's place for the report of the last import (ImportReportSlot); null: none. */
  reportSlot?: HTMLElement | null;
}

/** Progress while files are read, then what happened: imported, cancelled, problems. */
export function ImportStatus({ state, onCancel, onDismiss, reportSlot = null }: ImportStatusProps) {
  const items = progressItems(state);
  const problems = importProblems(state);
  const reported = problems.length > 0 || state.notice !== null;
  const report = (
    <>
      {state.notice ? <p className="text-sm font-medium">{state.notice}</p> : null}
      <ImportProblems issues={problems} onDismiss={onDismiss} />
      {problems.length === 0 && state.notice !== null && items.length === 0 ? (
        <button type="button" onClick={onDismiss} className="text-sm underline">
          Dismiss
        </button>
      ) : null}
    </>
  );
  // With a place in the page, only the progress floats: the report stays until dismissed and
  // would cover the charts' buttons below it.
  const inPage = reportSlot !== null;
  const floating = items.length > 0 || (!inPage && reported);
  return (
    <>
      {/* Always in the page, so screen readers announce "Import cancelled" when it appears. */}
      <p role="status" className="sr-only">
        {state.notice}
      </p>
      {floating ? (
        <div className="rp-panel fixed right-2 bottom-2 left-2 z-30 max-h-[60vh] space-y-2 overflow-auto p-2 shadow-lg sm:left-auto sm:w-[28rem]">
          <ImportProgress items={items} onCancel={onCancel} />
          {inPage ? null : report}
        </div>
      ) : null}
      {inPage && reported
        ? createPortal(<div className="space-y-2">{report}</div>, reportSlot)
        : null}
    </>
  );
}
