import { render } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { DatasetStoreProvider } from './dataset-store-provider';
import type { ChangeChannel, PersistenceManager } from './session-types';
import { fakeDatabase, type FakeDatabase } from './storage-fakes';

export interface StoreTestOptions {
  database?: FakeDatabase;
  channel?: () => ChangeChannel | null;
  persistence?: PersistenceManager | null;
  download?: (text: string, fileName: string) => void;
  /** Inside StrictMode, which runs the provider's effects twice as development builds do. */
  strict?: boolean;
}

let ids = 0;

/** Renders `ui` inside a DatasetStoreProvider over a fake database (tests only). */
export function renderWithStore(ui: ReactNode, options: StoreTestOptions = {}) {
  const database = options.database ?? fakeDatabase();
  const provider = (
    <DatasetStoreProvider
      openStore={() => database.open()}
      channel={options.channel ?? (() => null)}
      persistence={options.persistence ?? null}
      now={() => Date.UTC(2019, 5, 29, 16, 30)}
      newId={() => `dataset-${++ids}`}
      download={options.download ?? (() => undefined)}
    >
      {ui}
    </DatasetStoreProvider>
  );
  const view = render(options.strict ? <StrictMode>{provider}</StrictMode> : provider);
  return { ...view, database };
}
