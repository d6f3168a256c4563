/**
 * The SSDA903 tables and their exact column sets (as the DfE return and the sector's validators define them).
 * Every value is held as trimmed, upper-cased text ('' when blank); dates are converted from dd/mm/yyyy to
 * ISO `YYYY-MM-DD` when they are real dates and otherwise kept as the original text, so date rules can flag them.
 */

/** Column names of each SSDA903 table, in the DfE order. */
export const TABLE_COLUMNS = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  OC2: [
    'CHILD',
    'DOB',
    'SDQ_SCORE',
    'SDQ_REASON',
    'CONVICTED',
    'HEALTH_CHECK',
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
} as const;

/** Name of an SSDA903 table. */
export type TableName = keyof typeof TABLE_COLUMNS;

/** Every table name, in the DfE order. */
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];

/** Columns that hold dates (dd/mm/yyyy in the files, ISO in Waypoint). `DATE_PERM` may use ZZ for unknown parts. */
export const DATE_COLUMNS: ReadonlySet<string> = new Set([
  'DOB',
  'MC_DOB',
  'DECOM',
  'DEC',
  'DUC',
  'REVIEW',
  'DATE_INT',
  'DATE_MATCH',
  'DATE_PLACED',
  'DATE_PLACED_CEASED',
  'DATE_PERM',
  'MIS_START',
  'MIS_END',
  'SW_DECOM',
  'SW_DEC',
  'DOLO_START',
  'DOLO_END',
]);

/** A row of a table: every column as text. */
export type Row<T extends TableName> = { [C in (typeof TABLE_COLUMNS)[T][number]]: string };

/** Header row. `UASC` is derived ('1' when the child is in the UASC table or flagged in XML, else '0'). */
export type HeaderRow = Row<'Header'> & { UASC: string };
/**
 * Episodes row. `PL_LA`, `PL_LOCATION` and `PL_DISTANCE` are derived from postcodes when a postcode
 * reference is supplied ('' otherwise).
 */
export type EpisodeRow = Row<'Episodes'> & { PL_LA: string; PL_LOCATION: string; PL_DISTANCE: string };
export type UascRow = Row<'UASC'>;
export type ReviewRow = Row<'Reviews'>;
export type Oc2Row = Row<'OC2'>;
export type Oc3Row = Row<'OC3'>;
export type Ad1Row = Row<'AD1'>;
export type PlacedAdoptionRow = Row<'PlacedAdoption'>;
export type PrevPermRow = Row<'PrevPerm'>;
export type MissingRow = Row<'Missing'>;
export type SwEpisodeRow = Row<'SWEpisodes'>;
export type DoLoRow = Row<'DoLo'>;

/** The rows of every table present in a return; a table that was not supplied is `undefined`. */
export interface Tables {
  Header?: HeaderRow[];
  Episodes?: EpisodeRow[];
  UASC?: UascRow[];
  Reviews?: ReviewRow[];
  OC2?: Oc2Row[];
  OC3?: Oc3Row[];
  AD1?: Ad1Row[];
  PlacedAdoption?: PlacedAdoptionRow[];
  PrevPerm?: PrevPermRow[];
  Missing?: MissingRow[];
  SWEpisodes?: SwEpisodeRow[];
  DoLo?: DoLoRow[];
}

/** Where a table's rows came from: file name, and the 1-based line of each data row (for messages). */
export interface TableSource {
  table: TableName;
  file: string;
  /** 1-based line number in the file of data row i (header = line 1 in CSV); element line for XML. */
  lines: number[];
}

/** One year's return as read from its files. Row i of a table is "row i" in every report. */
export interface Ssda903Return {
  tables: Tables;
  sources: TableSource[];
  format: 'csv' | 'xml';
}
