/**
 * The named children of the demo story (demo-scenario §8) that the local records refer to, and what
 * the statutory seeds (903, CIN census) must hold for them so the two sources agree.
 */

/** A child the statutory seeds must contain, with what the local records assume about them. */
export interface RequiredStatutoryChild {
  childId: string;
  /** Which statutory return must hold the child. */
  source: '903' | 'CIN';
  /** What the local records assume (story dates; the seed moves them by the demo offset). */
  story: string;
}

/** Named children the local records use. Every id here should exist in the 903 or CIN seed. */
export const REQUIRED_STATUTORY_CHILDREN: readonly RequiredStatutoryChild[] = [
  {
    childId: 'KF204117',
    source: '903',
    story:
      'Boy, 14. Looked after; from 2026-01-14 in an unregistered rented house (PLACE K2, PR4, no URN), open at demo today.',
  },
  {
    childId: 'KF209853',
    source: '903',
    story:
      'Girl, 15. Looked after; 2025-11-03 to 2025-11-22 in unregistered supported accommodation (PLACE K3, URN not on the SA list), then a children’s home.',
  },
  {
    childId: 'KF211402',
    source: '903',
    story:
      'Boy, 16. Looked after; in a children’s home (K2) whose registration was cancelled on 2026-02-20; moved on 2026-06-03.',
  },
  {
    childId: 'KF215566',
    source: '903',
    story: 'Girl, 17. Looked after; registered supported accommodation (K3, URN on the SA list) — the lawful contrast.',
  },
  {
    childId: 'KF216003',
    source: '903',
    story: 'Girl, 13. Looked after; from 2026-07-08 in an emergency unregistered arrangement, open at demo today.',
  },
  {
    childId: 'KF198720',
    source: '903',
    story:
      'Girl, 15. Looked after in a children’s home out of area; 14 missing episodes in the 12 months to demo today.',
  },
  {
    childId: 'KF201344',
    source: '903',
    story: 'Boy, 14. Looked after in foster care; 9 “away” episodes in the 90 days to demo today, mostly on Fridays.',
  },
  {
    childId: 'KF207781',
    source: 'CIN',
    story: 'Girl, 13. Child in need, not looked after; 5 missing-from-home episodes in the local log.',
  },
  {
    childId: 'KF190655',
    source: '903',
    story: 'Boy, 16. Looked after in foster care; 4 missing episodes, one open over 31 March 2025 (ended 2025-04-02).',
  },
  {
    childId: 'KF212240',
    source: '903',
    story: 'Aged 16. Presented homeless 2025-10-06; accommodated under s.20 from 2025-10-17 (RNE S, LS V2, PLACE K3).',
  },
  {
    childId: 'KF212981',
    source: 'CIN',
    story: 'Aged 17. Presented homeless 2025-11-17; supported under s.17, not told of rights.',
  },
  {
    childId: 'KF213307',
    source: 'CIN',
    story: 'Aged 17. Presented homeless 2026-02-09; three nights in B&B; assessment took 31 working days.',
  },
  {
    childId: 'KF214015',
    source: 'CIN',
    story: 'Aged 16. Presented homeless 2026-01-12; returned home after mediation.',
  },
  {
    childId: 'KF183310',
    source: 'CIN',
    story:
      'Sibling (with KF183311, KF183312) on a second neglect CP plan open since 2024-01; pre-proceedings at month 24.',
  },
  { childId: 'KF183311', source: 'CIN', story: 'Sibling of KF183310, same plan and PLO case.' },
  { childId: 'KF183312', source: 'CIN', story: 'Sibling of KF183310, same plan and PLO case.' },
  {
    childId: 'KF188402',
    source: 'CIN',
    story: 'Girl, 6. Third neglect CP plan open since 2024-12; pre-proceedings at month 14.',
  },
];

/** The unregistered-provision history of §8.1 (story dates; `end` is the day the child moved on). */
export const UNREGISTERED_STORY = [
  {
    childId: 'KF209853',
    start: '2025-11-03',
    end: '2025-11-22',
    placementType: 'K3',
    provider: 'Unregistered supported accommodation (Brackmoor)',
    initialStatus: 'unregistered',
    ofstedNotified: '2025-11-06',
    deprivationOfLiberty: false,
  },
  {
    childId: 'KF204117',
    start: '2026-01-14',
    placementType: 'K2',
    provider: 'Rented house with agency care staff (registration application pending)',
    initialStatus: 'unregistered',
    ofstedNotified: '2026-01-15',
    deprivationOfLiberty: true,
  },
  {
    childId: 'KF211402',
    start: '2025-06-10',
    end: '2026-06-03',
    placementType: 'K2',
    provider: 'Hawthorn Lodge children’s home (registration cancelled 20 February 2026)',
    urn: 'SC990417',
    initialStatus: 'registered',
    changes: [{ date: '2026-02-20', status: 'unregistered' }],
    ofstedNotified: '2026-02-20',
    deprivationOfLiberty: false,
  },
  {
    childId: 'KF216003',
    start: '2026-07-08',
    placementType: 'K2',
    provider: 'Emergency unregistered arrangement (registration application lodged)',
    initialStatus: 'unregistered',
    ofstedNotified: '2026-07-08',
    deprivationOfLiberty: false,
  },
  {
    childId: 'KF215566',
    start: '2025-12-01',
    placementType: 'K3',
    provider: 'Kellingford Supported Living (registered supported accommodation)',
    urn: 'SA990215',
    initialStatus: 'registered-sa',
    ofstedNotified: undefined,
    deprivationOfLiberty: false,
  },
] as const;
