export { CinInputError, type CinInputLocation } from './errors.ts';
export {
  type CensusHistoryYear,
  type CinAssessmentStory,
  type CinChildStory,
  type CinEpisodeStory,
  type CinPlanStory,
  type CpPlanStory,
  GENERATOR_YEARS,
  type GenerateCensusBaseOptions,
  type GenerateCensusHistoryOptions,
  type GenerateCensusOptions,
  generateCensus,
  generateCensusChunks,
  generateCensusHistory,
  type Section47Story,
  type SeededIssueInfo,
  seededIssueCatalogue,
} from './generate/index.ts';
export { type CensusEvent, type CinChildRecord, KNOWN_SCHEMA_YEARS } from './read/census-builder.ts';
export type { CinInput } from './read/input.ts';
export { type CinCensus, readCensus } from './read/read-census.ts';
export { type StreamCensusOptions, streamCensus } from './read/stream-census.ts';
export { PROVISIONAL_YEARS, type RuleCatalogueEntry, ruleCatalogue, SUPPORTED_YEARS } from './rules/registry.ts';
export type { RuleType } from './rules/rule.ts';
export {
  CHILD_TABLES,
  type ChildTableName,
  type ChildTables,
  type HeaderRow,
  type Row,
  TABLE_COLUMNS,
  type TableName,
} from './tables.ts';
export {
  type CinIssue,
  type CinProgress,
  type CinValidationResult,
  type ValidateCensusOptions,
  validateCensus,
} from './validate.ts';
