export * from './postcodes/index.ts';
export * from './providers/index.ts';
export * from './read/index.ts';
export * from './reports.ts';
export * from './rules/engine.ts';
export * from './rules/registry.ts';
export type * from './rules/rule.ts';
export * from './tables.ts';
export * from './validate.ts';
