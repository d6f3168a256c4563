export * from './errors.ts';
export { type InvalidDate, invalidDates } from './invalid-dates.ts';
export { readReturn } from './read-return.ts';
export type { ReadOptions, SourceFile } from './source-file.ts';
