import { useCallback, useState } from 'react';

export interface Status {
  tone: 'info' | 'error';
  text: string;
}

/** One message at a time for a group of actions, and whether one of them is running. */
export function useStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<Status | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } finally {
      setBusy(false);
    }
  }, []);
  return { status, busy, run };
}
