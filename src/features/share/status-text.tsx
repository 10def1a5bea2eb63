import type { Status } from './use-status';

/** The result of an action, read out by screen readers; errors say what to do instead. */
export function StatusText({
  status,
  className = '',
}: {
  status: Status | null;
  className?: string;
}) {
  return (
    <span role="status" className={className}>
      {status ? (
        <span className={status.tone === 'error' ? 'text-bad dark:text-night-bad' : 'rp-muted'}>
          {status.text}
        </span>
      ) : null}
    </span>
  );
}
