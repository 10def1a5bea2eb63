export * from './summary-row';
export * from './summary-csv';
export * from './summary-rows';
