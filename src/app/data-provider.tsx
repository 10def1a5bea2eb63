/**
 * The app's data: datasets kept in IndexedDB (memory when the browser refuses), shared between
 * tabs. `useDataset` keeps the shape the dashboard and the import flow code against.
 */
export {
  DatasetStoreProvider as DataProvider,
  useStoredDataset as useDataset,
  type StoredDatasetState as DatasetState,
} from '../features/storage';
