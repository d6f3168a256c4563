export * from './rules/engine.ts';
export * from './rules/registry.ts';
export type * from './rules/rule.ts';
export * from './tables.ts';
