export type { InjectedIssue } from './errors.ts';
export {
  type GenerateBaseOptions,
  type GeneratedHistory,
  type GenerateHistoryOptions,
  generateHistory,
  type HistoryYear,
} from './generate-history.ts';
export { type GeneratedReturn, type GenerateOptions, generateReturn } from './generate-return.ts';
export { renderXml, type XmlRendering } from './render-xml.ts';
export type {
  ChildStory,
  StoryAdoption,
  StoryAdoptionDecision,
  StoryCareLeaver,
  StoryDeprivationOfLiberty,
  StoryEpisode,
  StoryMissing,
  StoryOutcomes,
  StoryPreviousPermanence,
  StoryReview,
  StorySex,
  StorySocialWorker,
} from './story.ts';
export { makeUpn, upnCheckLetter } from './upn.ts';
