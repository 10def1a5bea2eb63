export * from './schema';
export * from './stored-dataset';
export * from './stored-record';
export * from './export-csv';
export * from './same-dataset';
