/**
 * The demo authority's local records (demo-scenario §9): a deterministic, pure generator that tells the
 * demo story through the measures. See README.md in this folder.
 */
export { generateAllocations } from './allocations.ts';
export { type AssessmentDetail, generateAssessmentDetails, withAssessmentDetails } from './assessment-details.ts';
export { type DemoLocalRecords, generateLocalRecords, type LocalRecordOptions } from './generate.ts';
export { ssda903MissingFromLog } from './missing.ts';
export {
  type DemoCareLeaver,
  type DemoCinEpisode,
  type DemoCpPlan,
  type DemoLookedAfterChild,
  type DemoPlacement,
  type DemoPopulation,
  populationFromMeasureData,
} from './population.ts';
export { type SampleOptions, sampleStatutoryData } from './sample-population.ts';
export { REQUIRED_STATUTORY_CHILDREN, type RequiredStatutoryChild, UNREGISTERED_STORY } from './story.ts';
export {
  DEMO_LEADERS,
  DEMO_TEAMS,
  type DemoNamedStaff,
  type DemoTeam,
  demoNamedStaff,
  demoTeamsForMeasures,
} from './teams.ts';
export { STORY_START, STORY_TODAY, storyOffsetDays } from './timeline.ts';
