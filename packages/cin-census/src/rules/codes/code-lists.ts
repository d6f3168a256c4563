/** Ethnicity codes (spec §5.7, same as the 903). */
export const ETHNICITY_CODES: ReadonlySet<string> = new Set([
  'ABAN',
  'AIND',
  'AOTH',
  'APKN',
  'BAFR',
  'BCRB',
  'BOTH',
  'CHNE',
  'MOTH',
  'MWAS',
  'MWBA',
  'MWBC',
  'NOBT',
  'OOTH',
  'REFU',
  'WBRI',
  'WIRI',
  'WIRT',
  'WOTH',
  'WROM',
]);

/** Disability codes (spec §5.6). */
export const DISABILITY_CODES: ReadonlySet<string> = new Set([
  'NONE',
  'MOB',
  'HAND',
  'PC',
  'INC',
  'COMM',
  'LD',
  'HEAR',
  'VIS',
  'BEH',
  'CON',
  'AUT',
  'DDA',
]);

/** Referral sources (spec §5.1). */
export const REFERRAL_SOURCES: ReadonlySet<string> = new Set([
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '3A',
  '3B',
  '3C',
  '3D',
  '3E',
  '3F',
  '4',
  '5A',
  '5B',
  '5C',
  '5D',
  '6',
  '7',
  '8',
  '9',
  '10',
]);

/** Primary need codes (spec §5.2). */
export const PRIMARY_NEED_CODES: ReadonlySet<string> = new Set([
  'N0',
  'N1',
  'N2',
  'N3',
  'N4',
  'N5',
  'N6',
  'N7',
  'N8',
  'N9',
]);

/** Reasons for closure (spec §5.3). */
export const CLOSURE_REASONS: ReadonlySet<string> = new Set([
  'RC1',
  'RC2',
  'RC3',
  'RC4',
  'RC5',
  'RC6',
  'RC7',
  'RC8',
  'RC9',
]);

/** Categories of abuse (spec §5.5). */
export const ABUSE_CATEGORIES: ReadonlySet<string> = new Set(['NEG', 'PHY', 'SAB', 'EMO', 'MUL']);
