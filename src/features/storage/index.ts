export {
  DatasetStoreProvider,
  useDatasetStore,
  useStoredDataset,
  type DatasetInput,
  type DatasetStore,
  type DatasetStoreProviderProps,
  type FileDatasetInput,
  type StoredDatasetState,
} from './dataset-store-provider';
export { DatasetList, type DatasetListProps } from './dataset-list';
export { StorageBanner } from './storage-banner';
export type {
  StoredDataset,
  StoreEntrySummary,
  StorageStatus,
  StoreOutcome,
} from './session-types';
