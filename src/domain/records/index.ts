export * from './calendar-day';
export * from './measures';
export * from './dataset';
export * from './build-dataset';
export * from './regions';
export * from './select';
