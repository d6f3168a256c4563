export {
  GENERATOR_YEARS,
  type GenerateCensusOptions,
  generateCensus,
  generateCensusChunks,
} from './generate-census.ts';
export { type SeededIssueInfo, seededIssueCatalogue } from './seeded-issues.ts';
export type {
  CinAssessmentStory,
  CinChildStory,
  CinEpisodeStory,
  CinPlanStory,
  CpPlanStory,
  Section47Story,
} from './story.ts';
