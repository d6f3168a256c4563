/**
 * DfE code lists used by the field rules, with the collection years they apply to (end years: 2026 = 2025/26).
 * Kept as data so a year's change is one entry, not a copied rule.
 */

const set = (...codes: string[]): ReadonlySet<string> => new Set(codes);

/** SEX: 1/2 up to 2023/24; M/F/U from 2024/25. */
export const SEX_CODES_TO_2024 = set('1', '2');
export const SEX_CODES_FROM_2025 = set('M', 'F', 'U');

/** ETHNIC (all years). */
export const ETHNIC_CODES = set(
  'WBRI',
  'WIRI',
  'WOTH',
  'WIRT',
  'WROM',
  'MWBC',
  'MWBA',
  'MWAS',
  'MOTH',
  'AIND',
  'APKN',
  'ABAN',
  'AOTH',
  'BCRB',
  'BAFR',
  'BOTH',
  'CHNE',
  'OOTH',
  'REFU',
  'NOBT',
);

/** RNE (all years). */
export const RNE_CODES = set('S', 'P', 'L', 'T', 'U', 'B');

/** LS (all years). */
export const LS_CODES = set('C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3');

/** CIN category of need (all years). */
export const CIN_CODES = set('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8');

const PLACE_COMMON = [
  'A3',
  'A4',
  'A5',
  'A6',
  'K1',
  'K2',
  'P1',
  'P3',
  'R1',
  'R2',
  'R3',
  'R5',
  'S1',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
];
/** PLACE in 2022/23 (no K3). */
export const PLACE_CODES_2023 = set(...PLACE_COMMON, 'H5', 'P2', 'Z1');
/** PLACE in 2023/24 and 2024/25: K3 (registered supported accommodation, from 28 October 2023) added. */
export const PLACE_CODES_2024_2025 = set(...PLACE_COMMON, 'H5', 'K3', 'P2', 'Z1');
/** PLACE from 2025/26: H5, P2 and Z1 withdrawn; Z11–Z14 replace Z1. */
export const PLACE_CODES_FROM_2026 = set(...PLACE_COMMON, 'K3', 'Z11', 'Z12', 'Z13', 'Z14');

/** REC reason episode ceased (all years). */
export const REC_CODES = set(
  'E11',
  'E12',
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E13',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E14',
  'E15',
  'E16',
  'E17',
  'X1',
);

/** PLACE_PROVIDER codes (all years). */
export const PROVIDER_CODES = set('PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5');
/** Placement types that take no provider: to 2024/25 the temporary placements and Z1. */
export const NO_PROVIDER_PLACES_TO_2025 = set('T0', 'T1', 'T2', 'T3', 'T4', 'Z1');
/** From 2025/26: the temporary placements and Z11–Z14. */
export const NO_PROVIDER_PLACES_FROM_2026 = set('T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14');

/** REVIEW_CODE participation (all years). */
export const REVIEW_CODES = set('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7');

/** OC3 IN_TOUCH, ACTIV and ACCOM (all years). */
export const IN_TOUCH_CODES = set('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM');
export const ACTIV_CODES = set('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0');
/** ACCOM: letter + suitability (1 suitable, 2 unsuitable), except S1 and X1; or 0. */
export const ACCOM_CODES = set(
  ...['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z']
    .flatMap((letter) => [`${letter}1`, `${letter}2`])
    .filter((code) => code !== 'S1' && code !== 'X1'),
  '0',
);

/** AD1 codes (all years). */
export const FOSTER_CARE_CODES = set('0', '1');
export const NB_ADOPTR_CODES = set('1', '2');
export const SEX_ADOPTR_CODES = set('M1', 'F1', 'MM', 'FF', 'MF');
export const LS_ADOPTR_CODES = set('L0', 'L11', 'L12', 'L2', 'L3', 'L4');

/** REASON_PLACED_CEASED (all years). */
export const REASON_PLACED_CEASED_CODES = set('RD1', 'RD2', 'RD3', 'RD4');

/** SDQ_REASON (all years). */
export const SDQ_REASON_CODES = set('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5');

/** Flags (0/1) used by OC2 and Header. */
export const FLAG_CODES = set('0', '1');
