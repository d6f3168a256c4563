/**
 * Frequencies the generator draws from. Shares are rounded from DfE's published England figures for 2024/25
 * (children in need census: referrals, section 47s, factors at assessment, CP plans — see
 * `/work/shared/fixtures/dfe-published-indicators/`) or, where nothing is published, are plausible
 * guesses marked as such. Codes are the census code lists (spec §5).
 */

/** Referral sources (spec §5.1): police and schools lead, then health and LA services. */
export const REFERRAL_SOURCE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['6', 29],
  ['2A', 20],
  ['2B', 1.5],
  ['3A', 2],
  ['3B', 2],
  ['3C', 0.5],
  ['3D', 2.5],
  ['3E', 4],
  ['3F', 4],
  ['4', 2],
  ['5A', 5],
  ['5B', 3],
  ['5C', 1.5],
  ['5D', 4],
  ['1A', 5],
  ['1B', 0.7],
  ['1C', 1],
  ['1D', 0.5],
  ['7', 3],
  ['8', 5],
  ['9', 1],
  ['10', 2],
];

/** Referral sources for a pre-birth referral (midwives and GPs, adult services). Guess. */
export const PRE_BIRTH_SOURCE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['3D', 40],
  ['3A', 10],
  ['3B', 10],
  ['5A', 15],
  ['6', 15],
  ['1A', 5],
  ['8', 5],
];

/** Ethnicity of children in need (rounded; spec §5.7 codes). */
export const ETHNICITY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['WBRI', 61],
  ['WIRI', 0.3],
  ['WIRT', 0.4],
  ['WROM', 0.8],
  ['WOTH', 6],
  ['MWBC', 2.5],
  ['MWBA', 1],
  ['MWAS', 1.5],
  ['MOTH', 2.5],
  ['AIND', 1.3],
  ['APKN', 2.5],
  ['ABAN', 1],
  ['AOTH', 1.5],
  ['CHNE', 0.2],
  ['BCRB', 1],
  ['BAFR', 3.5],
  ['BOTH', 1],
  ['OOTH', 2.5],
  ['REFU', 1.5],
  ['NOBT', 5],
];

/** Disability codes among disabled children in need (autism and learning lead). Guess from published shares. */
export const DISABILITY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['AUT', 30],
  ['LD', 24],
  ['COMM', 15],
  ['BEH', 14],
  ['DDA', 8],
  ['MOB', 6],
  ['PC', 5],
  ['HAND', 3],
  ['INC', 3],
  ['VIS', 2],
  ['HEAR', 2],
  ['CON', 1],
];

/** The order in which the first disabled children of a file take their first code, so even a small file uses many. */
export const DISABILITY_ROTATION: readonly string[] = [
  'AUT',
  'LD',
  'COMM',
  'BEH',
  'DDA',
  'MOB',
  'PC',
  'HAND',
  'INC',
  'VIS',
  'HEAR',
  'CON',
];

/** Age band at the first referral: [weight, youngest age, oldest age] in years; -1 = pre-birth referral. */
export const AGE_AT_REFERRAL: ReadonlyArray<readonly [number, number, number]> = [
  [5, -1, -1],
  [10, 0, 0],
  [19, 1, 4],
  [24, 5, 9],
  [32, 10, 15],
  [10, 16, 17],
];

/** A lead concern: the reason the episode exists, which sets its core factor, primary need and S47 likelihood. */
export interface LeadConcern {
  name: string;
  weight: number;
  /** Youngest age (years at referral) the concern applies to. */
  minAge: number;
  /** One of these is always identified at assessment. */
  core: readonly string[];
  /** Primary need codes, weighted. */
  needs: ReadonlyArray<readonly [string, number]>;
  /** Chance the referral leads to a section 47 enquiry. */
  s47: number;
  /** Category of abuse when a CP plan follows, weighted (by core factor where it differs). */
  categories: ReadonlyArray<readonly [string, number]>;
  categoryByCore?: Readonly<Record<string, string>>;
}

const ABUSE_NEEDS: ReadonlyArray<readonly [string, number]> = [
  ['N1', 82],
  ['N5', 10],
  ['N4', 8],
];

/** Lead concerns, weighted roughly by how often their core factor is identified (published 2024/25 shares). */
export const LEAD_CONCERNS: readonly LeadConcern[] = [
  { name: 'neglect', weight: 17, minAge: -1, core: ['16A'], needs: ABUSE_NEEDS, s47: 0.42, categories: [['NEG', 1]] },
  {
    name: 'emotional abuse',
    weight: 14,
    minAge: -1,
    core: ['17A'],
    needs: ABUSE_NEEDS,
    s47: 0.4,
    categories: [
      ['EMO', 80],
      ['NEG', 20],
    ],
  },
  {
    name: 'domestic abuse',
    weight: 20,
    minAge: -1,
    core: ['3B', '3B', '3B', '3A', '3C'],
    needs: [
      ['N1', 55],
      ['N5', 35],
      ['N4', 10],
    ],
    s47: 0.3,
    categories: [
      ['EMO', 50],
      ['NEG', 50],
    ],
  },
  {
    name: 'physical abuse',
    weight: 11,
    minAge: 0,
    core: ['18C'],
    needs: ABUSE_NEEDS,
    s47: 0.75,
    categories: [
      ['PHY', 80],
      ['NEG', 10],
      ['MUL', 10],
    ],
  },
  {
    name: 'child-on-child physical abuse',
    weight: 2.5,
    minAge: 5,
    core: ['18B'],
    needs: ABUSE_NEEDS,
    s47: 0.3,
    categories: [['PHY', 1]],
  },
  {
    name: 'sexual abuse',
    weight: 3.5,
    minAge: 0,
    core: ['19C'],
    needs: ABUSE_NEEDS,
    s47: 0.8,
    categories: [
      ['SAB', 90],
      ['MUL', 10],
    ],
  },
  {
    name: 'child-on-child sexual abuse',
    weight: 2.5,
    minAge: 5,
    core: ['19B'],
    needs: ABUSE_NEEDS,
    s47: 0.5,
    categories: [['SAB', 1]],
  },
  {
    name: 'parental mental health',
    weight: 13,
    minAge: -1,
    core: ['4B'],
    needs: [
      ['N3', 35],
      ['N4', 30],
      ['N5', 25],
      ['N1', 10],
    ],
    s47: 0.15,
    categories: [
      ['NEG', 50],
      ['EMO', 50],
    ],
  },
  {
    name: 'parental substance misuse',
    weight: 9,
    minAge: -1,
    core: ['2B', '1B'],
    needs: [
      ['N1', 45],
      ['N4', 25],
      ['N5', 30],
    ],
    s47: 0.3,
    categories: [
      ['NEG', 85],
      ['EMO', 15],
    ],
  },
  {
    name: "child's mental health",
    weight: 8,
    minAge: 8,
    core: ['4A', '4A', '15A'],
    needs: [
      ['N4', 35],
      ['N5', 30],
      ['N1', 20],
      ['N6', 15],
    ],
    s47: 0.08,
    categories: [
      ['EMO', 70],
      ['NEG', 30],
    ],
  },
  {
    name: 'exploitation',
    weight: 5,
    minAge: 10,
    core: ['24A', '11A', '10A', '13A'],
    needs: [
      ['N1', 40],
      ['N6', 40],
      ['N5', 20],
    ],
    s47: 0.35,
    categories: [
      ['PHY', 50],
      ['EMO', 30],
      ['MUL', 20],
    ],
    categoryByCore: { '11A': 'SAB', '10A': 'NEG' },
  },
  {
    name: "child's disability",
    weight: 6,
    minAge: 0,
    core: ['5A', '5A', '6A'],
    needs: [
      ['N2', 85],
      ['N4', 15],
    ],
    s47: 0.05,
    categories: [['NEG', 1]],
  },
  {
    name: 'behaviour',
    weight: 5,
    minAge: 8,
    core: ['14A'],
    needs: [
      ['N6', 60],
      ['N5', 40],
    ],
    s47: 0.05,
    categories: [
      ['EMO', 60],
      ['NEG', 40],
    ],
  },
  {
    name: 'other',
    weight: 9,
    minAge: -1,
    core: ['20'],
    needs: [
      ['N4', 35],
      ['N5', 25],
      ['N8', 15],
      ['N7', 5],
      ['N9', 12],
      ['N0', 8],
    ],
    s47: 0.05,
    categories: [
      ['NEG', 50],
      ['EMO', 50],
    ],
  },
  {
    name: 'unaccompanied asylum seeker',
    weight: 1.2,
    minAge: 14,
    core: ['9A'],
    needs: [['N8', 1]],
    s47: 0.02,
    categories: [['NEG', 1]],
  },
  {
    name: 'private fostering',
    weight: 0.4,
    minAge: 2,
    core: ['8B', '8C', '8D', '8E', '8F'],
    needs: [
      ['N8', 60],
      ['N9', 40],
    ],
    s47: 0.02,
    categories: [['NEG', 1]],
  },
];

/**
 * Further factors identified alongside the core one: [code, chance per assessment, youngest age]. About 60%
 * of each factor's published share (the core factor supplies the rest), spread over the ages it applies to.
 */
export const EXTRA_FACTORS: ReadonlyArray<readonly [string, number, number]> = [
  ['1A', 0.03, 12],
  ['1B', 0.11, -1],
  ['1C', 0.014, -1],
  ['2A', 0.06, 12],
  ['2B', 0.11, -1],
  ['2C', 0.019, -1],
  ['3A', 0.06, 0],
  ['3B', 0.2, -1],
  ['3C', 0.03, -1],
  ['4A', 0.15, 8],
  ['4B', 0.25, -1],
  ['4C', 0.028, -1],
  ['5A', 0.09, 1],
  ['5B', 0.018, -1],
  ['5C', 0.009, -1],
  ['6A', 0.028, 0],
  ['6B', 0.032, -1],
  ['6C', 0.006, -1],
  ['7A', 0.04, 8],
  ['10A', 0.03, 11],
  ['11A', 0.02, 11],
  ['12A', 0.004, 10],
  ['13A', 0.015, 12],
  ['14A', 0.05, 8],
  ['15A', 0.045, 10],
  ['16A', 0.07, -1],
  ['17A', 0.09, -1],
  ['18C', 0.04, 0],
  ['19C', 0.01, 0],
  ['22A', 0.002, 0],
  ['23A', 0.004, 0],
  ['24A', 0.025, 11],
  ['20', 0.1, -1],
];

/** Working days from S47 start to ICPC: [weight, fewest, most]; published 2024/25 bands 0–10, 11–15, 16–20, 21+. */
export const ICPC_WORKING_DAYS: ReadonlyArray<readonly [number, number, number]> = [
  [9, 3, 10],
  [72, 11, 15],
  [9, 16, 20],
  [10, 21, 35],
];

/** Working days from assessment start to authorisation: about 86% within 45 (published 85.7%). */
export const ASSESSMENT_WORKING_DAYS: ReadonlyArray<readonly [number, number, number]> = [
  [30, 5, 20],
  [40, 21, 40],
  [16, 41, 45],
  [14, 46, 90],
];

/** CP plan length in days: [weight, shortest, longest] (ending plans; gives roughly the published 31 March bands). */
export const CP_PLAN_DAYS: ReadonlyArray<readonly [number, number, number]> = [
  [12, 40, 91],
  [18, 92, 183],
  [40, 184, 365],
  [24, 366, 730],
  [6, 731, 1100],
];

/** Previous CP plans before the child's first plan in the file: 0, 1, 2, 3 (about 24.5% repeat plans overall). */
export const PREVIOUS_PLAN_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [0, 73],
  [1, 19.5],
  [2, 5.8],
  [3, 1.7],
];

/** Categories that replace the lead concern's one at random (multiple categories, changes at review). */
export const CATEGORY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['NEG', 48],
  ['EMO', 36],
  ['PHY', 7],
  ['SAB', 4],
  ['MUL', 5],
];

/** Reasons a looked-after child's episode finally closes. */
export const LOOKED_AFTER_CLOSURE: ReadonlyArray<readonly [string, number]> = [
  ['RC1', 12],
  ['RC3', 18],
  ['RC4', 22],
  ['RC5', 8],
  ['RC7', 40],
];

/** Reasons an episode with services closes (excluding after-assessment closures). */
export const SERVICE_CLOSURE: ReadonlyArray<readonly [string, number]> = [
  ['RC7', 88],
  ['RC5', 7],
  ['RC3', 2],
  ['RC4', 2],
  ['RC6', 1],
];

/** UPNunknown reasons for a school-age child without a UPN (UN6 is avoided: its meaning is not documented). */
export const SCHOOL_AGE_UPN_UNKNOWN: ReadonlyArray<readonly [string, number]> = [
  ['UN2', 30],
  ['UN3', 15],
  ['UN4', 25],
  ['UN5', 30],
];
