export * from './template-tables';
export * from './template-files';
