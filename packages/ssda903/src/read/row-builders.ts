import type { TableName } from '../tables.ts';

/**
 * Builds a table's row object from its values in the DfE column order (`TABLE_COLUMNS`). Written out per
 * table so every row of a table has the same shape and is built with one object literal — much faster
 * than adding properties by computed name for hundreds of thousands of rows. Header and Episodes rows get
 * their derived columns (UASC; PL_LA, PL_LOCATION, PL_DISTANCE) with default values.
 */
export type RowBuilder = (v: readonly string[]) => Record<string, string>;

/** Row builders by table; `test/read-csv.test.ts` checks they match `TABLE_COLUMNS`. */
export const ROW_BUILDERS: Readonly<Record<TableName, RowBuilder>> = {
  Header: (v) => ({
    CHILD: v[0]!,
    SEX: v[1]!,
    DOB: v[2]!,
    ETHNIC: v[3]!,
    UPN: v[4]!,
    MOTHER: v[5]!,
    MC_DOB: v[6]!,
    UASC: '0',
  }),
  Episodes: (v) => ({
    CHILD: v[0]!,
    DECOM: v[1]!,
    RNE: v[2]!,
    LS: v[3]!,
    CIN: v[4]!,
    PLACE: v[5]!,
    PLACE_PROVIDER: v[6]!,
    DEC: v[7]!,
    REC: v[8]!,
    REASON_PLACE_CHANGE: v[9]!,
    HOME_POST: v[10]!,
    PL_POST: v[11]!,
    URN: v[12]!,
    PL_LA: '',
    PL_LOCATION: '',
    PL_DISTANCE: '',
  }),
  UASC: (v) => ({ CHILD: v[0]!, SEX: v[1]!, DOB: v[2]!, DUC: v[3]! }),
  Reviews: (v) => ({ CHILD: v[0]!, DOB: v[1]!, REVIEW: v[2]!, REVIEW_CODE: v[3]! }),
  OC2: (v) => ({
    CHILD: v[0]!,
    DOB: v[1]!,
    SDQ_SCORE: v[2]!,
    SDQ_REASON: v[3]!,
    CONVICTED: v[4]!,
    HEALTH_CHECK: v[5]!,
    IMMUNISATIONS: v[6]!,
    TEETH_CHECK: v[7]!,
    HEALTH_ASSESSMENT: v[8]!,
    SUBSTANCE_MISUSE: v[9]!,
    INTERVENTION_RECEIVED: v[10]!,
    INTERVENTION_OFFERED: v[11]!,
  }),
  OC3: (v) => ({ CHILD: v[0]!, DOB: v[1]!, IN_TOUCH: v[2]!, ACTIV: v[3]!, ACCOM: v[4]! }),
  AD1: (v) => ({
    CHILD: v[0]!,
    DOB: v[1]!,
    DATE_INT: v[2]!,
    DATE_MATCH: v[3]!,
    FOSTER_CARE: v[4]!,
    NB_ADOPTR: v[5]!,
    SEX_ADOPTR: v[6]!,
    LS_ADOPTR: v[7]!,
  }),
  PlacedAdoption: (v) => ({
    CHILD: v[0]!,
    DOB: v[1]!,
    DATE_PLACED: v[2]!,
    DATE_PLACED_CEASED: v[3]!,
    REASON_PLACED_CEASED: v[4]!,
  }),
  PrevPerm: (v) => ({ CHILD: v[0]!, DOB: v[1]!, PREV_PERM: v[2]!, LA_PERM: v[3]!, DATE_PERM: v[4]! }),
  Missing: (v) => ({ CHILD: v[0]!, DOB: v[1]!, MISSING: v[2]!, MIS_START: v[3]!, MIS_END: v[4]! }),
  SWEpisodes: (v) => ({
    CHILD: v[0]!,
    DOB: v[1]!,
    SW_ID: v[2]!,
    SW_DECOM: v[3]!,
    SW_DEC: v[4]!,
    SW_REASON: v[5]!,
  }),
  DoLo: (v) => ({ CHILD: v[0]!, DOB: v[1]!, DOLO_START: v[2]!, DOLO_END: v[3]! }),
};
