import { ImportProblems } from './import-problems';
import { ImportProgress } from './import-progress';
import { importProblems, progressItems, type ImportState } from './import-session';

export interface ImportStatusProps {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}

/** Progress while files are read, then what happened: imported, cancelled, problems. */
export function ImportStatus({ state, onCancel, onDismiss }: ImportStatusProps) {
  const items = progressItems(state);
  const problems = importProblems(state);
  const visible = items.length > 0 || problems.length > 0 || state.notice !== null;
  return (
    <>
      {/* Always in the page, so screen readers announce "Import cancelled" when it appears. */}
      <p role="status" className="sr-only">
        {state.notice}
      </p>
      {visible ? (
        <div className="rp-panel fixed right-2 bottom-2 left-2 z-30 max-h-[60vh] space-y-2 overflow-auto p-2 shadow-lg sm:left-auto sm:w-[28rem]">
          <ImportProgress items={items} onCancel={onCancel} />
          {state.notice ? <p className="text-sm font-medium">{state.notice}</p> : null}
          <ImportProblems issues={problems} onDismiss={onDismiss} />
          {problems.length === 0 && state.notice !== null && items.length === 0 ? (
            <button type="button" onClick={onDismiss} className="text-sm underline">
              Dismiss
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
