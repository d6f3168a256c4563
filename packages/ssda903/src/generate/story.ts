/**
 * A child's whole history as the generator (or a demo script) writes it, independent of collection years.
 * `renderStories` projects stories onto a year's return: the episodes, missing periods, reviews, social worker
 * episodes and decisions that overlap the year, with anything that ends after the year shown as still open.
 * Dates are ISO `YYYY-MM-DD`; '' means "not ended".
 */
import type { IsoDate } from '@waypoint/calendar';

/** Sex of the child, written 1/2 in returns up to 2023/24 and M/F/U from 2024/25. */
export type StorySex = 'M' | 'F' | 'U';

/** One episode, with the 903 codes (spec §5). */
export interface StoryEpisode {
  decom: IsoDate;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string;
  /** '' while the episode is open. */
  dec: IsoDate | '';
  /** '' while open. */
  rec: string;
  reasonPlaceChange: string;
  homePost: string;
  plPost: string;
  urn: string;
}

/** A missing (M) or away-without-authorisation (A) period. */
export interface StoryMissing {
  type: 'M' | 'A';
  start: IsoDate;
  end: IsoDate | '';
}

/** A statutory review and the child's participation code (PN0–PN7). */
export interface StoryReview {
  date: IsoDate;
  participation: string;
}

/** A period with one allocated social worker (`SW` + 10 digits, or `XX` for a worker without registration). */
export interface StorySocialWorker {
  id: string;
  start: IsoDate;
  end: IsoDate | '';
  /** Reason the worker changed (§5.17). */
  reason: string;
}

/** A decision that the child should be placed for adoption, and its reversal if any (PlacedAdoption). */
export interface StoryAdoptionDecision {
  decided: IsoDate;
  ceased: IsoDate | '';
  /** RD1–RD4 when reversed. */
  reason: string;
}

/** The AD1 record of an adoption, returned in the year of the episode that ends with E11/E12. */
export interface StoryAdoption {
  dateInt: IsoDate;
  dateMatch: IsoDate;
  fosterCare: '0' | '1';
  nbAdoptr: '1' | '2';
  sexAdoptr: string;
  lsAdoptr: string;
}

/** Previous permanence (PrevPerm) reported for a period of care that started in the year. */
export interface StoryPreviousPermanence {
  prevPerm: string;
  laPerm: string;
  /** A date as written in the return (dd/mm/yyyy, ZZ allowed for unknown parts), or ''. */
  datePerm: string;
}

/** OC2 outcomes for a child looked after continuously for 12 months ('' for items that do not apply). */
export interface StoryOutcomes {
  sdqScore: string;
  sdqReason: string;
  convicted: string;
  healthCheck: string;
  immunisations: string;
  teethCheck: string;
  healthAssessment: string;
  substanceMisuse: string;
  interventionReceived: string;
  interventionOffered: string;
}

/** OC3 care leaver information. */
export interface StoryCareLeaver {
  inTouch: string;
  activ: string;
  accom: string;
}

/** A deprivation of liberty order (DoLo table, from 2026/27). */
export interface StoryDeprivationOfLiberty {
  start: IsoDate;
  end: IsoDate | '';
}

/** One child's history. Per-year records are keyed by collection end year (2026 = 2025/26). */
export interface ChildStory {
  /** CHILD id (at most 10 characters). */
  child: string;
  sex: StorySex;
  dob: IsoDate;
  ethnic: string;
  /** UPN (with check letter) or an unknown code UN1–UN5. */
  upn: string;
  /** A different UPN value for some years (e.g. UN1 before the child started school). */
  upnByYear?: Partial<Record<number, string>>;
  /** Unaccompanied asylum-seeking child: a UASC row (DUC = 18th birthday) in each year with episodes. */
  uasc?: boolean;
  /** The girl is a mother from this date (MOTHER 1 and MC_DOB in the years after it). */
  motherChildDob?: IsoDate;
  episodes: StoryEpisode[];
  missing?: StoryMissing[];
  reviews?: StoryReview[];
  socialWorkers?: StorySocialWorker[];
  adoptionDecisions?: StoryAdoptionDecision[];
  adoption?: StoryAdoption;
  previousPermanence?: Partial<Record<number, StoryPreviousPermanence>>;
  outcomes?: Partial<Record<number, StoryOutcomes>>;
  careLeaver?: Partial<Record<number, StoryCareLeaver>>;
  deprivationOfLiberty?: StoryDeprivationOfLiberty[];
}
