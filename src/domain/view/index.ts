export * from './goal';
export * from './view-state';
export * from './view-url';
export * from './status-line';
export * from './resolve-view';
export * from './region-selection';
