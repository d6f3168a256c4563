import type { IsoDate } from '@waypoint/calendar';

/**
 * One child's social-care history as the generator understands it: identifiers plus every CIN episode
 * (referral → closure) with its assessments, CIN plans, section 47 enquiries and CP plans, in date order.
 * A story may span several years; `generateCensus` keeps only what the census of the chosen year holds
 * (see the README, "Generator"). Values are written as given, so a story can also carry a deliberate error.
 */
export interface CinChildStory {
  /** LAchildID (alphanumeric, at most 20 characters from 2024/25). */
  id: string;
  /** Date of birth, or expected date of birth while the child is unborn at the census date. */
  birthDate: IsoDate;
  /** M, F or U; written as GenderCurrent 1/2/0 up to 2023/24 and as Sex from 2024/25. Omitted = not recorded. */
  sex?: 'M' | 'F' | 'U';
  /** Ethnicity code (e.g. WBRI). */
  ethnicity: string;
  /** Disability codes; default `['NONE']`. */
  disabilities?: readonly string[];
  /** UPN; omitted = a valid UPN of the return's LA is made up for a born child; null = none. */
  upn?: string | null;
  formerUpn?: string;
  /** UPNunknown reason (UN1–UN7) when there is no UPN; an unborn child without one gets UN1. */
  upnUnknown?: string;
  deathDate?: IsoDate;
  episodes: readonly CinEpisodeStory[];
}

/** One CIN episode: a referral and everything that followed it. */
export interface CinEpisodeStory {
  referralDate: IsoDate;
  /** ReferralSource code (e.g. 6 police, 2A schools). */
  referralSource: string;
  /** PrimaryNeedCode (N0–N9); required unless the referral was NFA. */
  primaryNeed?: string;
  /** True for a referral with no further action (no assessment, S47 or plan). */
  nfa?: boolean;
  closureDate?: IsoDate;
  /** ReasonForClosure (RC1–RC9). */
  closureReason?: string;
  /** An ICPC recorded on the episode itself rather than on a section 47 (e.g. a transfer-in conference). */
  conferenceDate?: IsoDate;
  assessments?: readonly CinAssessmentStory[];
  cinPlans?: readonly CinPlanStory[];
  section47s?: readonly Section47Story[];
  cpPlans?: readonly CpPlanStory[];
}

/** A single (child and family) assessment. */
export interface CinAssessmentStory {
  start: IsoDate;
  internalReview?: IsoDate;
  /** Authorisation (completion) date; omitted while the assessment is open. */
  authorised?: IsoDate;
  /** Factors identified at the end of the assessment (e.g. 16A neglect, 3B domestic abuse). */
  factors?: readonly string[];
}

/** A child in need (section 17) plan. */
export interface CinPlanStory {
  start: IsoDate;
  end?: IsoDate;
}

/** A section 47 enquiry and its initial child protection conference (ICPC). */
export interface Section47Story {
  /** Date of the strategy discussion that started the enquiry. */
  start: IsoDate;
  conferenceTarget?: IsoDate;
  conferenceDate?: IsoDate;
  /** True when the enquiry concluded that no conference was needed. */
  conferenceNotRequired?: boolean;
}

/** A child protection plan with its review conferences. */
export interface CpPlanStory {
  start: IsoDate;
  end?: IsoDate;
  /** Category of abuse at the start: NEG, EMO, PHY, SAB or MUL. */
  initialCategory: string;
  /** Latest category; defaults to the initial one. */
  latestCategory?: string;
  /** NumberOfPreviousCPP; omitted = the story's earlier plans are counted; null = not recorded. */
  previousPlans?: number | null;
  reviews?: readonly IsoDate[];
}
