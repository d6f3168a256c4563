/**
 * @waypoint/measures — Waypoint's measure catalogue, pure computation from normalised records,
 * targets and measure RAG, SPC (XmR) charts and DfE published benchmarks. No I/O.
 */
export * from './benchmarks/build.ts';
export * from './benchmarks/csv.ts';
export * from './benchmarks/lookup.ts';
export * from './benchmarks/sources.ts';
export * from './catalogue/index.ts';
export * from './catalogue/national-spine.ts';
export { careLeaverAgeBand } from './compute/care-leavers.ts';
export { PLACEMENT_FAMILIES, placementFamily } from './compute/cla.ts';
export { RecordDateError } from './compute/dates.ts';
export { lookedAfterCount, PreparedData, prepare } from './compute/prepare.ts';
export * from './engine.ts';
export * from './period.ts';
export * from './practice-standards.ts';
export type * from './records.ts';
export * from './spc.ts';
export * from './subset.ts';
export * from './targets.ts';
export type * from './types.ts';
