/**
 * The flattened CIN census tables (spec §3). Every value is the element's text, trimmed; `''` when the
 * element is absent or empty. Dates are ISO `YYYY-MM-DD` (checked by the reader). The XML carries no ids
 * for episodes, assessments or plans: `CINdetailsID`, `AssessmentID` and `CPPID` are 1-based ordinals
 * within their parent (as the DfE tools number them), so (LAchildID, CINdetailsID[, AssessmentID | CPPID])
 * links a row to its CIN episode, assessment or CP plan.
 */
export const TABLE_COLUMNS = {
  Header: [
    'Collection',
    'Year',
    'ReferenceDate',
    'SourceLevel',
    'LEA',
    'SoftwareCode',
    'Release',
    'SerialNo',
    'DateTime',
  ],
  ChildIdentifiers: [
    'LAchildID',
    'UPN',
    'FormerUPN',
    'UPNunknown',
    'PersonBirthDate',
    'ExpectedPersonBirthDate',
    'GenderCurrent',
    'Sex',
    'PersonDeathDate',
  ],
  ChildCharacteristics: ['LAchildID', 'Ethnicity'],
  Disabilities: ['LAchildID', 'Disability'],
  CINdetails: [
    'LAchildID',
    'CINdetailsID',
    'CINreferralDate',
    'ReferralSource',
    'PrimaryNeedCode',
    'CINclosureDate',
    'ReasonForClosure',
    'DateOfInitialCPC',
    'ReferralNFA',
  ],
  Assessments: [
    'LAchildID',
    'CINdetailsID',
    'AssessmentID',
    'AssessmentActualStartDate',
    'AssessmentInternalReviewDate',
    'AssessmentAuthorisationDate',
    'AssessmentFactors',
  ],
  AssessmentFactorsList: ['LAchildID', 'CINdetailsID', 'AssessmentID', 'AssessmentFactor'],
  CINplanDates: ['LAchildID', 'CINdetailsID', 'CINPlanStartDate', 'CINPlanEndDate'],
  Section47: [
    'LAchildID',
    'CINdetailsID',
    'S47ActualStartDate',
    'InitialCPCtarget',
    'DateOfInitialCPC',
    'ICPCnotRequired',
  ],
  ChildProtectionPlans: [
    'LAchildID',
    'CINdetailsID',
    'CPPID',
    'CPPstartDate',
    'CPPendDate',
    'InitialCategoryOfAbuse',
    'LatestCategoryOfAbuse',
    'NumberOfPreviousCPP',
  ],
  Reviews: ['LAchildID', 'CINdetailsID', 'CPPID', 'CPPreviewDate'],
  PreProceedings: [
    'LAchildID',
    'CINdetailsID',
    'PPStartDate',
    'LBPSentDate',
    'FGDMMeetingOffer',
    'FGDMMeetingFac',
    'InitialPPMeetingDate',
    'ReviewMeetingsCount',
    'StepDecisionDate',
    'PPOutcome',
    'CourtAppDate',
    'LetterInitCPDate',
  ],
} as const;

/** Name of a flattened table. */
export type TableName = keyof typeof TABLE_COLUMNS;

/** Tables that hold rows of children (every table except Header). */
export type ChildTableName = Exclude<TableName, 'Header'>;

/** Every child table, in the order the reader fills them. */
export const CHILD_TABLES: readonly ChildTableName[] = [
  'ChildIdentifiers',
  'ChildCharacteristics',
  'Disabilities',
  'CINdetails',
  'Assessments',
  'AssessmentFactorsList',
  'CINplanDates',
  'Section47',
  'ChildProtectionPlans',
  'Reviews',
  'PreProceedings',
];

/** A column of a table. */
export type ColumnOf<T extends TableName> = (typeof TABLE_COLUMNS)[T][number];

/** One row of a table: every column as text (`''` when absent). */
export type Row<T extends TableName> = { [C in ColumnOf<T>]: string };

/** The Header of the return. */
export type HeaderRow = Row<'Header'>;
/** A child's identifiers (one row per child). */
export type ChildIdentifiersRow = Row<'ChildIdentifiers'>;
/** A CIN episode (one referral). */
export type CINdetailsRow = Row<'CINdetails'>;
/** An assessment of a CIN episode. */
export type AssessmentRow = Row<'Assessments'>;
/** A section 47 enquiry of a CIN episode. */
export type Section47Row = Row<'Section47'>;
/** A CIN plan period of a CIN episode. */
export type CINplanRow = Row<'CINplanDates'>;
/** A child protection plan of a CIN episode. */
export type CPPlanRow = Row<'ChildProtectionPlans'>;
/** A CP plan review. */
export type ReviewRow = Row<'Reviews'>;

/** The rows of every child table (for one child, or for the whole return). */
export type ChildTables = { [T in ChildTableName]: Row<T>[] };

const TEMPLATES = Object.fromEntries(
  Object.entries(TABLE_COLUMNS).map(([table, columns]) => [table, Object.fromEntries(columns.map((c) => [c, '']))]),
) as { [T in TableName]: Row<T> };

/** An empty row of a table (every column `''`). */
export function emptyRow<T extends TableName>(table: T): Row<T> {
  return { ...TEMPLATES[table] };
}

/** Empty child tables. */
export function emptyChildTables(): ChildTables {
  return {
    ChildIdentifiers: [],
    ChildCharacteristics: [],
    Disabilities: [],
    CINdetails: [],
    Assessments: [],
    AssessmentFactorsList: [],
    CINplanDates: [],
    Section47: [],
    ChildProtectionPlans: [],
    Reviews: [],
    PreProceedings: [],
  };
}

/** Columns whose values are ISO dates (checked by the reader). */
export const DATE_COLUMNS: ReadonlySet<string> = new Set([
  'ReferenceDate',
  'PersonBirthDate',
  'ExpectedPersonBirthDate',
  'PersonDeathDate',
  'CINreferralDate',
  'CINclosureDate',
  'DateOfInitialCPC',
  'AssessmentActualStartDate',
  'AssessmentInternalReviewDate',
  'AssessmentAuthorisationDate',
  'CINPlanStartDate',
  'CINPlanEndDate',
  'S47ActualStartDate',
  'InitialCPCtarget',
  'CPPstartDate',
  'CPPendDate',
  'CPPreviewDate',
  'PPStartDate',
  'LBPSentDate',
  'InitialPPMeetingDate',
  'StepDecisionDate',
  'CourtAppDate',
  'LetterInitCPDate',
]);
