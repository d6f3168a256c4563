/**
 * The CSV layouts of Waypoint's local records (supervision logs, case audits, workforce snapshots, missing
 * episodes …): one entry per record type, naming each column, the record property it fills, how its values are
 * written and whether it must be filled in. Data only: `local-records-csv.ts` reads and writes every type with it.
 * Each layout is checked against the record's TypeScript interface, so every property has exactly one column and
 * `required` matches whether the property is optional.
 */
import type {
  AuditAction,
  CaseAudit,
  Contact,
  CourtEvidenceReview,
  CswwSummary,
  Feedback,
  FosterEnquiry,
  FosterHousehold,
  Grade,
  HomelessPresentation,
  LocalCareLeaver,
  LocalMissingEpisode,
  PlacementRegisterEntry,
  PloCase,
  RegistrationStatus,
  SupervisionRecord,
  Team,
  Visit,
  WorkforceSnapshot,
} from '@waypoint/measures';
import type { LocalRecordType } from '../measures/measure-data.repository.ts';
import type { Allocation, AssessmentDetail } from '../measures/measure-data.ts';

/**
 * How a column's values are written. Lists separate their items with `;`: `text-list` "a;b", `date-list`
 * "2026-01-05;2026-03-02", `audit-actions` "due/completed" pairs "2026-01-05/2026-01-20;2026-02-01/" and
 * `status-changes` "date status" pairs "2026-03-01 unregistered;2026-04-02 registered".
 */
export type ColumnKind =
  | 'text'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'number'
  | 'boolean'
  | { oneOf: readonly string[] }
  | 'text-list'
  | 'date-list'
  | 'audit-actions'
  | 'status-changes';

/** One CSV column of a local record type. A blank cell of a required list column is an empty list. */
export interface ColumnLayout {
  /** CSV header: the snake_case of the field, e.g. `worker_id`. */
  column: string;
  /** Record property, e.g. `workerId`. */
  field: string;
  kind: ColumnKind;
  /** True when the record property is not optional. */
  required: boolean;
  /** Plain English for the template page, e.g. "Worker's id (SWE number)". */
  description: string;
}

/** The CSV layout of one local record type. */
export interface LocalRecordLayout {
  type: LocalRecordType;
  /** e.g. "Supervision records". */
  title: string;
  /** One record in lower case, for messages: "every supervision record needs one". */
  recordName: string;
  /** One plain-English sentence: what one row is and which measures use it. */
  description: string;
  columns: readonly ColumnLayout[];
  /** The record's own id for duplicate checks (e.g. auditId); undefined when the type has none. */
  keyField?: string;
  /** The date that places the record in time (for storage), e.g. 'date', 'receivedAt', 'start'. */
  dateField?: string;
}

/** The values of the audit and evidence grades. */
const GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
/** The registration statuses of a placement setting (also used in `status-changes` cells). */
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = [
  'registered',
  'registered-sa',
  'unregistered',
  'exempt',
];

/** The kinds a property of type `V` may be written with (so a layout cannot read a boolean as a date). */
type KindFor<V> = [V] extends [boolean]
  ? 'boolean'
  : [V] extends [number]
    ? 'integer' | 'number'
    : [V] extends [string]
      ? 'text' | 'date' | 'datetime' | { oneOf: readonly V[] }
      : [V] extends [readonly string[]]
        ? 'text-list' | 'date-list'
        : [V] extends [readonly AuditAction[]]
          ? 'audit-actions'
          : 'status-changes';

interface ColumnSpec<Kind, Required extends boolean> {
  kind: Kind;
  required: Required;
  description: string;
}

/** One column per property of `T`, in the interface's order: optional properties take `opt`, others `req`. */
type ColumnSpecs<T> = {
  readonly [K in keyof T & string]-?: Partial<Pick<T, K>> extends Pick<T, K>
    ? ColumnSpec<KindFor<NonNullable<T[K]>>, false>
    : ColumnSpec<KindFor<T[K]>, true>;
};

/** A column the record must have. */
function req<const Kind extends ColumnKind>(kind: Kind, description: string): ColumnSpec<Kind, true> {
  return { kind, required: true, description };
}

/** A column the record may leave blank. */
function opt<const Kind extends ColumnKind>(kind: Kind, description: string): ColumnSpec<Kind, false> {
  return { kind, required: false, description };
}

/** The snake_case CSV header of a property name (`receivedAt` → `received_at`). */
function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

interface LayoutSpec<T> {
  title: string;
  recordName: string;
  description: string;
  columns: ColumnSpecs<T>;
  keyField?: keyof T & string;
  dateField?: keyof T & string;
}

/** The layout of a record type from its column specs (checked against the record interface `T`). */
function layout<T>(type: LocalRecordType, spec: LayoutSpec<T>): LocalRecordLayout {
  const columns = Object.entries<ColumnSpec<ColumnKind, boolean>>(spec.columns).map(
    ([field, c]): ColumnLayout => ({
      column: snakeCase(field),
      field,
      kind: c.kind,
      required: c.required,
      description: c.description,
    }),
  );
  return {
    type,
    title: spec.title,
    recordName: spec.recordName,
    description: spec.description,
    columns,
    ...(spec.keyField ? { keyField: spec.keyField } : {}),
    ...(spec.dateField ? { dateField: spec.dateField } : {}),
  };
}

const CHILD_ID = 'Child’s id (as in the SSDA903 return or CIN census)';

/** The CSV layout of every local record type. */
export const LOCAL_RECORD_LAYOUTS: Readonly<Record<LocalRecordType, LocalRecordLayout>> = {
  contacts: layout<Contact>('contacts', {
    title: 'Contacts',
    recordName: 'contact',
    description:
      'One row per contact received at the front door and when it was decided; used by Contacts per 10,000 children and Contacts decided within 1 working day.',
    columns: {
      contactId: req('text', 'The contact’s id in the case management system'),
      childId: opt('text', `${CHILD_ID}, when the contact is about a known child`),
      receivedAt: req('datetime', 'When the contact was received (date and time)'),
      source: opt('text', 'CIN referral source code, e.g. 2A or 6'),
      decisionAt: opt('datetime', 'When the contact was decided (date and time); blank while undecided'),
      outcome: opt('text', 'What was decided, e.g. referral or no further action'),
    },
    keyField: 'contactId',
    dateField: 'receivedAt',
  }),
  visits: layout<Visit>('visits', {
    title: 'Statutory visits',
    recordName: 'visit',
    description:
      'One row per statutory visit to a child in need, on a child protection plan or looked after; used by CP visits within the local standard and CLA statutory visits on time.',
    columns: {
      childId: req('text', CHILD_ID),
      date: req('date', 'Date of the visit'),
      type: req({ oneOf: ['CIN', 'CP', 'CLA'] }, 'The plan the visit was for: CIN, CP or CLA'),
      seen: req('boolean', 'Was the child seen?'),
      seenAlone: opt('boolean', 'Was the child seen alone?'),
      bedroomSeen: opt('boolean', 'Was the child’s bedroom seen?'),
    },
    dateField: 'date',
  }),
  supervision: layout<SupervisionRecord>('supervision', {
    title: 'Supervision records',
    recordName: 'supervision record',
    description:
      'One row per supervision a worker had; used by Supervision within the local standard and the supervision audits.',
    columns: {
      workerId: req('text', 'Worker’s id (SWE number)'),
      supervisorId: opt('text', 'Supervisor’s id (SWE number)'),
      date: req('date', 'Date of the supervision'),
      type: req({ oneOf: ['formal', 'reflective', 'group'] }, 'Kind of supervision: formal, reflective or group'),
      oversightOnFile: opt('boolean', 'Was management oversight recorded on the child’s file?'),
    },
    dateField: 'date',
  }),
  caseAudits: layout<CaseAudit>('caseAudits', {
    title: 'Case audits',
    recordName: 'case audit',
    description:
      'One row per case audit with its grade, any moderated grade and its actions; used by Case audits graded good or better, the assessment and supervision audit measures, audit moderation and audit actions completed by their due date.',
    columns: {
      auditId: req('text', 'The audit’s id'),
      childId: opt('text', `${CHILD_ID} of the audited case`),
      team: opt('text', 'Id of the team holding the case'),
      auditorId: opt('text', 'Auditor’s id (SWE number)'),
      date: req('date', 'Date the audit was completed'),
      theme: req('text', 'What was audited, e.g. assessment, neglect, cp, cla, court, 16plus or supervision'),
      grade: req({ oneOf: GRADES }, 'The auditor’s grade'),
      moderatedGrade: opt({ oneOf: GRADES }, 'The grade after moderation; blank when not moderated'),
      actions: opt(
        'audit-actions',
        'The audit’s actions as due date/completed date, separated by ;, e.g. 2026-01-05/2026-01-20;2026-02-01/ (nothing after the / while not completed)',
      ),
    },
    keyField: 'auditId',
    dateField: 'date',
  }),
  workforce: layout<WorkforceSnapshot>('workforce', {
    title: 'Workforce snapshots',
    recordName: 'workforce snapshot row',
    description:
      'One row per worker, agency worker or vacant post at each monthly snapshot date; used by the turnover, agency, vacancy, caseload and sickness absence measures and social work teams with no agency workers.',
    columns: {
      date: req('date', 'Snapshot date (normally the month end)'),
      workerId: req('text', 'Worker’s id (SWE number), or the post’s id for a vacancy'),
      kind: req({ oneOf: ['employee', 'agency', 'vacancy'] }, 'employee, agency or vacancy'),
      team: opt('text', 'Id of the worker’s team'),
      role: opt('text', 'Role, e.g. case-holder, manager, iro, fostering or qa'),
      fte: req('number', 'Full-time equivalent, e.g. 1 or 0.5'),
      startDate: opt('date', 'Date the worker started'),
      leaveDate: opt('date', 'Date the worker left; blank while in post'),
      leaveReason: opt('text', 'Why the worker left'),
      casesHeld: opt('integer', 'Cases held at the snapshot date (case holders)'),
      sicknessDays: opt('number', 'Working days lost to sickness in the month the snapshot closes'),
    },
    dateField: 'date',
  }),
  missingEpisodes: layout<LocalMissingEpisode>('missingEpisodes', {
    title: 'Missing episodes',
    recordName: 'missing episode',
    description:
      'One row per episode of a child missing from home or care (or away from placement) with its return home interview; used by Children repeatedly missing and the return home interview measures.',
    columns: {
      episodeId: req('text', 'The episode’s id'),
      childId: req('text', CHILD_ID),
      type: req({ oneOf: ['M', 'A'] }, 'M for missing, A for away from placement without authorisation'),
      start: req('datetime', 'When the child went missing (date and time)'),
      end: opt('datetime', 'When the child came back (date and time); blank while still missing'),
      lookedAfter: opt('boolean', 'Was the child looked after at the time?'),
      rhiOffered: opt('boolean', 'Was a return home interview offered?'),
      rhiOfferedAt: opt('datetime', 'When the return home interview was offered (date and time)'),
      rhiAccepted: opt('boolean', 'Did the child accept the return home interview?'),
      rhiCompletedAt: opt('datetime', 'When the return home interview took place (date and time)'),
    },
    keyField: 'episodeId',
    dateField: 'start',
  }),
  homelessPresentations: layout<HomelessPresentation>('homelessPresentations', {
    title: '16/17 homelessness presentations',
    recordName: 'presentation',
    description:
      'One row per presentation of a homeless 16 or 17-year-old; used by the 16/17 homelessness measures (assessed in time, joint assessments, informed of rights, accommodated under section 20, bed and breakfast use).',
    columns: {
      presentationId: req('text', 'The presentation’s id'),
      childId: req('text', 'Young person’s id'),
      date: req('date', 'Date the young person presented'),
      route: opt('text', 'How they came: housing, self or other'),
      jointAssessment: opt('boolean', 'Was the assessment joint with housing?'),
      assessmentCompleted: opt('date', 'Date the assessment was completed'),
      rightsInformed: opt('boolean', 'Was the young person told of their rights and entitlements?'),
      rightsInformedDate: opt('date', 'Date they were told of their rights and entitlements'),
      accommodationNeeded: opt('boolean', 'Did they need accommodation? (blank counts as yes)'),
      outcome: opt({ oneOf: ['s20', 's17', 'returned-home', 'other'] }, 'Outcome: s20, s17, returned-home or other'),
      emergencyAccommodation: opt('text', 'Emergency accommodation used, e.g. bnb, supported or hostel'),
      emergencyNights: opt('integer', 'Nights spent in emergency accommodation'),
      emergencyStart: opt('date', 'Date the emergency accommodation started (blank: the presentation date)'),
    },
    keyField: 'presentationId',
    dateField: 'date',
  }),
  placementRegister: layout<PlacementRegisterEntry>('placementRegister', {
    title: 'Placement register',
    recordName: 'placement',
    description:
      'One row per placement on the local placement register with its setting’s registration status and later changes; used by Children in unregistered provision.',
    columns: {
      placementId: req('text', 'The placement’s id'),
      childId: req('text', CHILD_ID),
      provider: opt('text', 'Provider’s name'),
      urn: opt('text', 'Ofsted URN of the setting'),
      placementType: opt('text', 'SSDA903 placement type (PLACE), e.g. K2'),
      start: req('date', 'Date the placement started'),
      end: opt('date', 'Date the placement ended; blank while open'),
      registrationStatus: req(
        { oneOf: REGISTRATION_STATUSES },
        'Registration status at the start: registered, registered-sa, unregistered or exempt',
      ),
      statusChanges: opt(
        'status-changes',
        'Later changes of status as date and status, separated by ;, e.g. 2026-03-01 unregistered;2026-04-02 registered',
      ),
      ofstedNotified: opt('date', 'Date Ofsted was notified of the placement'),
      deprivationOfLiberty: opt('boolean', 'Is the child deprived of their liberty (a court order authorises it)?'),
    },
    keyField: 'placementId',
    dateField: 'start',
  }),
  fosterHouseholds: layout<FosterHousehold>('fosterHouseholds', {
    title: 'Foster households',
    recordName: 'foster household',
    description:
      'One row per in-house foster household on the carer register; used by Net change in in-house foster households.',
    columns: {
      householdId: req('text', 'The household’s id'),
      approvedDate: opt('date', 'Date the household was approved'),
      deregisteredDate: opt('date', 'Date the household was deregistered; blank while approved'),
      deregistrationReason: opt('text', 'Why the household was deregistered'),
    },
    keyField: 'householdId',
    dateField: 'approvedDate',
  }),
  fosterEnquiries: layout<FosterEnquiry>('fosterEnquiries', {
    title: 'Foster carer enquiries',
    recordName: 'enquiry',
    description:
      'One row per foster carer recruitment enquiry with the date it reached each stage; used by Foster carer recruitment.',
    columns: {
      enquiryId: req('text', 'The enquiry’s id'),
      enquiryDate: req('date', 'Date of the enquiry'),
      initialVisitDate: opt('date', 'Date of the initial visit'),
      applicationDate: opt('date', 'Date the application was received'),
      panelDate: opt('date', 'Date of the fostering panel'),
      approvalDate: opt('date', 'Date the household was approved'),
      withdrawnDate: opt('date', 'Date the enquiry was withdrawn or closed'),
    },
    keyField: 'enquiryId',
    dateField: 'enquiryDate',
  }),
  ploCases: layout<PloCase>('ploCases', {
    title: 'PLO and court tracker',
    recordName: 'PLO case',
    description:
      'One row per family on the PLO / court tracker; used by Care proceedings concluded within 26 weeks, the pre-proceedings measures and neglect drift.',
    columns: {
      caseId: req('text', 'The case’s id on the tracker'),
      familyId: opt('text', 'The family’s id'),
      childIds: req('text-list', 'Ids of the children in the case, separated by ;'),
      preProceedingsStart: opt('date', 'Date pre-proceedings started'),
      preProceedingsEnd: opt('date', 'Date pre-proceedings ended'),
      preProceedingsOutcome: opt(
        { oneOf: ['stepped-down', 'issued', 'other'] },
        'How pre-proceedings ended: stepped-down, issued or other',
      ),
      issueDate: opt('date', 'Date care proceedings were issued'),
      disposalDate: opt('date', 'Date of the first disposal (final hearing) of the proceedings'),
    },
    keyField: 'caseId',
    dateField: 'preProceedingsStart',
  }),
  courtEvidenceReviews: layout<CourtEvidenceReview>('courtEvidenceReviews', {
    title: 'Court evidence reviews',
    recordName: 'evidence review',
    description:
      'One row per quality review of social work evidence to court (legal gateway, judicial feedback or audit); used by Quality of evidence to court.',
    columns: {
      reviewId: req('text', 'The review’s id'),
      caseId: opt('text', 'The case’s id on the PLO and court tracker'),
      date: req('date', 'Date of the review'),
      grade: req({ oneOf: GRADES }, 'Grade of the evidence'),
      source: opt(
        { oneOf: ['legal-gateway', 'judicial', 'audit'] },
        'Who reviewed it: legal-gateway, judicial or audit',
      ),
    },
    keyField: 'reviewId',
    dateField: 'date',
  }),
  careLeavers: layout<LocalCareLeaver>('careLeavers', {
    title: 'Care leavers',
    recordName: 'care leaver',
    description:
      'One row per care leaver on the leaving-care record with their pathway plan reviews; used by Pathway plans reviewed in time and care leavers with a personal adviser.',
    columns: {
      childId: req('text', CHILD_ID),
      dateOfBirth: req('date', 'Date of birth'),
      eligibility: req('text', 'Leaving-care status: relevant, former-relevant, qualifying or eligible'),
      eligibleFrom: req('date', 'Date the young person became entitled to leaving-care support'),
      eligibleTo: opt('date', 'Date the entitlement ended; blank while it continues'),
      pathwayPlanReviews: req('date-list', 'Dates of pathway plan reviews, separated by ; (blank when none yet)'),
      personalAdviserFrom: opt('date', 'Date a personal adviser was allocated; blank when none is'),
    },
    keyField: 'childId',
    dateField: 'eligibleFrom',
  }),
  feedback: layout<Feedback>('feedback', {
    title: 'Feedback',
    recordName: 'feedback response',
    description:
      'One row per feedback response from a child, parent or carer; used by Children and families who say help made a difference.',
    columns: {
      feedbackId: req('text', 'The response’s id'),
      date: req('date', 'Date of the response'),
      respondent: req({ oneOf: ['child', 'parent', 'carer', 'other'] }, 'Who answered: child, parent, carer or other'),
      service: opt('text', 'Service the feedback is about, e.g. assessment'),
      positive: req('boolean', 'Did the help make a difference?'),
    },
    keyField: 'feedbackId',
    dateField: 'date',
  }),
  csww: layout<CswwSummary>('csww', {
    title: 'CSWW census totals',
    recordName: 'CSWW census year',
    description:
      'One row per children’s social work workforce census: the authority’s totals at 30 September; used by the workforce measures (turnover, agency, vacancy, caseload, sickness absence) where there are no workforce snapshots.',
    columns: {
      year: req('integer', 'Census year: the figures are at 30 September of this year'),
      inPostFte: req('number', 'Social workers in post (FTE)'),
      leaversFte: req('number', 'Social workers who left in the year (FTE)'),
      agencyFte: req('number', 'Agency social workers (FTE)'),
      vacancyFte: req('number', 'Vacant social worker posts (FTE)'),
      caseHoldersFte: req('number', 'Social workers holding cases (FTE)'),
      cases: req('integer', 'Cases held by those social workers'),
      workingDaysLost: req('number', 'Working days lost to sickness in the year'),
    },
    keyField: 'year',
  }),
  teams: layout<Team>('teams', {
    title: 'Teams',
    recordName: 'team',
    description:
      'One row per team, naming the team ids the other records use; used by the team breakdowns and Social work teams with no agency workers.',
    columns: {
      id: req('text', 'The team’s id, as the other records write it'),
      name: req('text', 'The team’s name'),
      socialWorkTeam: opt('boolean', 'Is it a case-holding social work team?'),
    },
    keyField: 'id',
  }),
  assessmentDetails: layout<AssessmentDetail>('assessmentDetails', {
    title: 'Assessment details',
    recordName: 'assessment detail',
    description:
      'One row per CIN assessment with whether the child was seen and the team and worker (added to the census assessments); used by Child seen during assessment and the team breakdowns.',
    columns: {
      childId: req('text', CHILD_ID),
      referralId: req('text', 'The referral’s id in the CIN census'),
      start: req('date', 'Assessment start date (identifies the assessment within the referral)'),
      childSeen: req('boolean', 'Was the child seen during the assessment?'),
      team: req('text', 'Id of the team that did the assessment'),
      workerId: req('text', 'Worker’s id (SWE number)'),
    },
    dateField: 'start',
  }),
  allocations: layout<Allocation>('allocations', {
    title: 'Case allocations',
    recordName: 'allocation',
    description:
      'One row per period a team held a child’s case; used for the team of each child in the drill-downs and breakdowns.',
    columns: {
      allocationId: req('text', 'The allocation’s id'),
      childId: req('text', CHILD_ID),
      team: req('text', 'Id of the team holding the case'),
      from: req('date', 'First day the team held the case'),
      to: opt('date', 'Last day the team held the case (inclusive); blank while open'),
    },
    keyField: 'allocationId',
    dateField: 'from',
  }),
};
