/**
 * Waypoint's normalised input model for measures: sector-named records, independent of file formats.
 * The server maps stored rows (903, CIN census, CSWW, local records) into these shapes. Dates are ISO
 * `YYYY-MM-DD`; date-times are ISO `YYYY-MM-DDTHH:MM` (or with seconds), read as UK local clock time.
 */
import type { IsoDate } from '@waypoint/calendar';

/** An ISO date-time `YYYY-MM-DDTHH:MM[:SS]` in UK local clock time (no zone suffix). A bare date means 00:00. */
export type IsoDateTime = string;

// ---------------------------------------------------------------------------------------------------
// SSDA903 (children looked after)
// ---------------------------------------------------------------------------------------------------

/** A child in the 903 (Header + UASC). */
export interface ClaChild {
  childId: string;
  dateOfBirth: IsoDate;
  /** `M`, `F` or `U` (older `1`/`2` mapped by the server). */
  sex: string;
  /** True when the child is or was an unaccompanied asylum-seeking child. */
  uasc: boolean;
  /** Allocated team, for breakdowns. */
  team?: string;
}

/**
 * One 903 episode. The child's episodes must form one coherent multi-year history, already stitched
 * across returns (no overlaps); an open episode has no `end`.
 */
export interface ClaEpisode {
  childId: string;
  /** DECOM. */
  start: IsoDate;
  /** DEC; blank while the episode is open. */
  end?: IsoDate;
  /** RNE: S, L, P, T, B, U. */
  reasonNewEpisode: string;
  /** LS, e.g. C2, V2, V3. */
  legalStatus: string;
  /** CIN category of need N1–N8. */
  categoryOfNeed: string;
  /** PLACE, e.g. U4, K2, K3. */
  placement: string;
  /** PLACE_PROVIDER PR0–PR5. */
  placementProvider?: string;
  /** REC, e.g. X1, E11, E45. */
  reasonEnded?: string;
  /** REASON_PLACE_CHANGE. */
  reasonPlaceChange?: string;
  /** Ofsted URN of the setting or agency (or `XXXXXXX`). */
  urn?: string;
  /** PL_LA (derived from the placement postcode). */
  placementLa?: string;
  /** PL_LOCATION = IN. */
  placementInArea?: boolean;
  /** PL_DISTANCE in miles (1 decimal place); absent when unknown. */
  distanceMiles?: number;
}

/** A 903 review (Reviews table). */
export interface ClaReview {
  childId: string;
  /** REVIEW date. */
  date: IsoDate;
  /** REVIEW_CODE PN0–PN7. */
  participation: string;
  /** Local due date when the case system records one (SSD `clar_cla_review_due_date`). */
  dueDate?: IsoDate;
}

/** A 903 Missing row: a missing (`M`) or away (`A`) period. */
export interface ClaMissingPeriod {
  childId: string;
  type: 'M' | 'A';
  start: IsoDate;
  end?: IsoDate;
}

/** A 903 OC2 row: outcomes for a child looked after continuously for 12 months at 31 March of `year`. */
export interface Oc2Outcome {
  childId: string;
  /** Collection year, named by the 31 March it ends on (2026 = 2025/26). */
  year: number;
  dateOfBirth?: IsoDate;
  sdqScore?: number;
  sdqReason?: string;
  convicted?: boolean;
  /** HEALTH_CHECK: development assessment (under-5s). */
  healthCheck?: boolean;
  immunisations: boolean;
  teethCheck: boolean;
  healthAssessment: boolean;
  substanceMisuse?: boolean;
}

/** A 903 OC3 row: a care leaver whose 17th–21st birthday fell in `year`. */
export interface Oc3CareLeaver {
  childId: string;
  dateOfBirth: IsoDate;
  /** Collection year (ends 31 March). */
  year: number;
  /** IN_TOUCH: YES, NO, DIED, REFU, NREQ, RHOM. */
  inTouch: string;
  /** ACTIV, e.g. F2, G5, 0. */
  activity: string;
  /** ACCOM: letter + suitability digit (`D1`), or `0`. */
  accommodation: string;
}

/** A 903 AD1 row: a child adopted. */
export interface Adoption {
  childId: string;
  /** DATE_INT: decision that the child should be placed for adoption. */
  decisionDate: IsoDate;
  /** DATE_MATCH. */
  matchDate: IsoDate;
  /** Date of the adoption order; when absent, the end of the child's E11/E12 episode is used. */
  adoptionDate?: IsoDate;
  fosterCarerAdoption?: boolean;
}

/** A 903 SWEpisodes row: a period a social worker was allocated to the child. */
export interface SocialWorkerEpisode {
  childId: string;
  workerId: string;
  start: IsoDate;
  end?: IsoDate;
  reason?: string;
}

// ---------------------------------------------------------------------------------------------------
// CIN census
// ---------------------------------------------------------------------------------------------------

/** A CIN episode (CINdetails): one referral and what followed. */
export interface CinReferral {
  childId: string;
  referralId: string;
  referralDate: IsoDate;
  /** ReferralSource, e.g. 2A, 6. */
  source: string;
  /** PrimaryNeedCode N0–N9. */
  primaryNeed: string;
  closureDate?: IsoDate;
  /** ReasonForClosure RC1–RC9. */
  closureReason?: string;
  /** ReferralNFA. */
  nfa: boolean;
}

/** A CIN assessment; `childSeen`, `team` and `workerId` come from local records when held. */
export interface CinAssessment {
  childId: string;
  referralId: string;
  assessmentId?: string;
  start: IsoDate;
  /** AssessmentAuthorisationDate; blank while open. */
  authorised?: IsoDate;
  factors: string[];
  /** Local: child seen during the assessment (Annex A list 4). */
  childSeen?: boolean;
  team?: string;
  workerId?: string;
}

/** A CIN plan period. */
export interface CinPlan {
  childId: string;
  referralId: string;
  start: IsoDate;
  end?: IsoDate;
}

/** A section 47 enquiry and its initial child protection conference. */
export interface Section47 {
  childId: string;
  referralId: string;
  /** S47ActualStartDate (the strategy discussion). */
  start: IsoDate;
  icpcDate?: IsoDate;
  icpcNotRequired: boolean;
}

/** A child protection plan. */
export interface CpPlan {
  childId: string;
  planId: string;
  referralId?: string;
  start: IsoDate;
  end?: IsoDate;
  /** InitialCategoryOfAbuse: NEG, PHY, SAB, EMO, MUL. */
  initialCategory: string;
  latestCategory: string;
  /** NumberOfPreviousCPP; when absent, earlier plans in the data are counted instead. */
  previousPlans?: number;
}

/** A CP review conference. */
export interface CpReview {
  childId: string;
  planId: string;
  date: IsoDate;
  /** Local due date when recorded (SSD `cppr_cp_review_due`). */
  dueDate?: IsoDate;
}

// ---------------------------------------------------------------------------------------------------
// CSWW (annual workforce census, summarised per authority)
// ---------------------------------------------------------------------------------------------------

/** One authority's CSWW totals at 30 September of `year` (the published indicator inputs). */
export interface CswwSummary {
  /** Census year: the figures are at 30 September of this year. */
  year: number;
  inPostFte: number;
  leaversFte: number;
  agencyFte: number;
  vacancyFte: number;
  caseHoldersFte: number;
  cases: number;
  workingDaysLost: number;
}

// ---------------------------------------------------------------------------------------------------
// Local records (demo-scenario §9)
// ---------------------------------------------------------------------------------------------------

/** A contact received at the front door. */
export interface Contact {
  contactId: string;
  childId?: string;
  receivedAt: IsoDateTime;
  /** CIN referral-source code. */
  source?: string;
  decisionAt?: IsoDateTime;
  outcome?: string;
}

/** A statutory visit to a child. */
export interface Visit {
  childId: string;
  date: IsoDate;
  type: 'CIN' | 'CP' | 'CLA';
  seen: boolean;
  seenAlone?: boolean;
  bedroomSeen?: boolean;
}

/** A recorded supervision of a worker. */
export interface SupervisionRecord {
  workerId: string;
  supervisorId?: string;
  date: IsoDate;
  type: 'formal' | 'reflective' | 'group';
  /** Management oversight recorded on the child's file. */
  oversightOnFile?: boolean;
}

/** An Ofsted-style grade used by audits and evidence reviews. */
export type Grade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';

/** An audit action with its due date. */
export interface AuditAction {
  dueDate: IsoDate;
  completedDate?: IsoDate;
}

/** A case audit. */
export interface CaseAudit {
  auditId: string;
  childId?: string;
  team?: string;
  auditorId?: string;
  date: IsoDate;
  /** assessment, neglect, cp, cla, court, 16plus, supervision, … */
  theme: string;
  grade: Grade;
  /** Grade after moderation, when moderated. */
  moderatedGrade?: Grade;
  actions?: AuditAction[];
}

/** How a workforce snapshot row is employed. */
export type WorkforceKind = 'employee' | 'agency' | 'vacancy';

/**
 * A monthly workforce snapshot row (one per worker, agency worker or vacant post per month).
 * `date` is the snapshot date (normally the month end).
 */
export interface WorkforceSnapshot {
  date: IsoDate;
  /** Worker id (SWE number) or post id for a vacancy. */
  workerId: string;
  kind: WorkforceKind;
  team?: string;
  /** e.g. case-holder, manager, iro, fostering, qa. */
  role?: string;
  fte: number;
  startDate?: IsoDate;
  leaveDate?: IsoDate;
  leaveReason?: string;
  /** Cases held at the snapshot date (case holders). */
  casesHeld?: number;
  /** Working days lost to sickness in the month the snapshot closes. */
  sicknessDays?: number;
}

/** A missing-from-home-or-care episode in the local log (any child, looked after or not). */
export interface LocalMissingEpisode {
  episodeId: string;
  childId: string;
  type: 'M' | 'A';
  start: IsoDateTime;
  end?: IsoDateTime;
  lookedAfter?: boolean;
  rhiOffered?: boolean;
  rhiOfferedAt?: IsoDateTime;
  rhiAccepted?: boolean;
  rhiCompletedAt?: IsoDateTime;
}

/** A presentation of a homeless 16/17-year-old. */
export interface HomelessPresentation {
  presentationId: string;
  childId: string;
  date: IsoDate;
  /** housing, self, other. */
  route?: string;
  jointAssessment?: boolean;
  assessmentCompleted?: IsoDate;
  rightsInformed?: boolean;
  rightsInformedDate?: IsoDate;
  /** Whether the young person needed accommodation; unknown counts as needing it. */
  accommodationNeeded?: boolean;
  outcome?: 's20' | 's17' | 'returned-home' | 'other';
  /** e.g. bnb, supported, hostel. */
  emergencyAccommodation?: string;
  emergencyNights?: number;
  /** Date the emergency accommodation started (defaults to the presentation date). */
  emergencyStart?: IsoDate;
}

/** Registration status of a placement setting. */
export type RegistrationStatus = 'registered' | 'registered-sa' | 'unregistered' | 'exempt';

/** A placement on the local placement register. */
export interface PlacementRegisterEntry {
  placementId: string;
  childId: string;
  provider?: string;
  urn?: string;
  /** 903 PLACE code of the placement. */
  placementType?: string;
  start: IsoDate;
  end?: IsoDate;
  /** Status at the start of the placement. */
  registrationStatus: RegistrationStatus;
  /** Later changes (e.g. a home's registration cancelled while the child is there). */
  statusChanges?: { date: IsoDate; status: RegistrationStatus }[];
  ofstedNotified?: IsoDate;
  deprivationOfLiberty?: boolean;
}

/** An in-house foster household on the carer register. */
export interface FosterHousehold {
  householdId: string;
  approvedDate?: IsoDate;
  deregisteredDate?: IsoDate;
  deregistrationReason?: string;
}

/** A foster carer recruitment enquiry and its progress. */
export interface FosterEnquiry {
  enquiryId: string;
  enquiryDate: IsoDate;
  initialVisitDate?: IsoDate;
  applicationDate?: IsoDate;
  panelDate?: IsoDate;
  approvalDate?: IsoDate;
  withdrawnDate?: IsoDate;
}

/** A family on the PLO / court tracker. */
export interface PloCase {
  caseId: string;
  familyId?: string;
  childIds: string[];
  preProceedingsStart?: IsoDate;
  preProceedingsEnd?: IsoDate;
  preProceedingsOutcome?: 'stepped-down' | 'issued' | 'other';
  /** Care proceedings issued. */
  issueDate?: IsoDate;
  /** First disposal (final hearing) of the proceedings. */
  disposalDate?: IsoDate;
}

/** A quality review of social work evidence to court (legal gateway, judicial feedback or audit). */
export interface CourtEvidenceReview {
  reviewId: string;
  caseId?: string;
  date: IsoDate;
  grade: Grade;
  source?: 'legal-gateway' | 'judicial' | 'audit';
}

/** A care leaver on the local leaving-care record (Annex A list 9). */
export interface LocalCareLeaver {
  childId: string;
  dateOfBirth: IsoDate;
  /** relevant, former-relevant, qualifying, eligible. */
  eligibility: string;
  eligibleFrom: IsoDate;
  eligibleTo?: IsoDate;
  /** Dates of pathway plan reviews (any order). */
  pathwayPlanReviews: IsoDate[];
  /** Date a personal adviser was allocated, if one is. */
  personalAdviserFrom?: IsoDate;
}

/** A feedback response from a child, parent or carer. */
export interface Feedback {
  feedbackId: string;
  date: IsoDate;
  respondent: 'child' | 'parent' | 'carer' | 'other';
  service?: string;
  /** Did the help make a difference? */
  positive: boolean;
}

/** A team, for workforce breakdowns. */
export interface Team {
  id: string;
  name: string;
  /** True for case-holding social work teams (counted for "teams with no agency workers"). */
  socialWorkTeam?: boolean;
}

/** A population estimate of children aged 0–17 for a reporting year (named by the 31 March it ends on). */
export interface PopulationEstimate {
  year: number;
  value: number;
}

/** Every record a measure may need; each array is optional (a measure without its inputs reports no-data). */
export interface MeasureData {
  claChildren?: ClaChild[];
  claEpisodes?: ClaEpisode[];
  claReviews?: ClaReview[];
  claMissing?: ClaMissingPeriod[];
  oc2?: Oc2Outcome[];
  oc3?: Oc3CareLeaver[];
  adoptions?: Adoption[];
  socialWorkerEpisodes?: SocialWorkerEpisode[];
  cinReferrals?: CinReferral[];
  cinAssessments?: CinAssessment[];
  cinPlans?: CinPlan[];
  section47s?: Section47[];
  cpPlans?: CpPlan[];
  cpReviews?: CpReview[];
  csww?: CswwSummary[];
  contacts?: Contact[];
  visits?: Visit[];
  supervision?: SupervisionRecord[];
  caseAudits?: CaseAudit[];
  workforce?: WorkforceSnapshot[];
  missingEpisodes?: LocalMissingEpisode[];
  homelessPresentations?: HomelessPresentation[];
  placementRegister?: PlacementRegisterEntry[];
  fosterHouseholds?: FosterHousehold[];
  fosterEnquiries?: FosterEnquiry[];
  ploCases?: PloCase[];
  courtEvidenceReviews?: CourtEvidenceReview[];
  careLeavers?: LocalCareLeaver[];
  feedback?: Feedback[];
  /** Children aged 0–17, per reporting year (DfE uses the mid-year estimate of the previous calendar year). */
  population0to17?: PopulationEstimate[];
  teams?: Team[];
}
