export {
  GENERATOR_YEARS,
  type GenerateCensusBaseOptions,
  type GenerateCensusOptions,
  generateCensus,
  generateCensusChunks,
} from './generate-census.ts';
export {
  type CensusHistoryYear,
  type GenerateCensusHistoryOptions,
  generateCensusHistory,
} from './generate-census-history.ts';
export { type SeededIssueInfo, seededIssueCatalogue } from './seeded-issues.ts';
export type {
  CinAssessmentStory,
  CinChildStory,
  CinEpisodeStory,
  CinPlanStory,
  CpPlanStory,
  Section47Story,
} from './story.ts';
