import type { CinChildStory } from '../src/index.ts';

/**
 * Named children in the style of the demo scenario (`demo-scenario.md` §8.3 and §10; ids fictional), told over
 * several years so each census year can be checked against what it should hold.
 */

/** Third CP plan (two before), neglect, open 15 months at 31 March 2026. */
export const THIRD_PLAN: CinChildStory = {
  id: 'KF188402',
  birthDate: '2019-06-12',
  sex: 'F',
  ethnicity: 'WBRI',
  episodes: [
    {
      referralDate: '2024-10-07',
      referralSource: '2A',
      primaryNeed: 'N1',
      assessments: [{ start: '2024-10-08', authorised: '2024-11-26', factors: ['16A', '4B', '2B'] }],
      section47s: [{ start: '2024-12-02', conferenceTarget: '2024-12-20', conferenceDate: '2024-12-19' }],
      cpPlans: [
        {
          start: '2024-12-19',
          initialCategory: 'NEG',
          previousPlans: 2,
          reviews: ['2025-03-13', '2025-09-04', '2026-02-26'],
        },
      ],
    },
  ],
};

/** Baby: neglect plan ended after 11 months, stepped down to a CIN plan, closed, re-referred 4 months later, repeat plan. */
export const STEPPED_DOWN_AND_BACK: CinChildStory = {
  id: 'KF205109',
  birthDate: '2024-02-20',
  sex: 'M',
  ethnicity: 'MWBC',
  episodes: [
    {
      referralDate: '2024-03-04',
      referralSource: '3B',
      primaryNeed: 'N1',
      closureDate: '2025-06-27',
      closureReason: 'RC7',
      assessments: [{ start: '2024-03-05', authorised: '2024-04-16', factors: ['16A', '3B'] }],
      section47s: [{ start: '2024-03-18', conferenceDate: '2024-04-05' }],
      cpPlans: [
        {
          start: '2024-04-05',
          end: '2025-03-06',
          initialCategory: 'NEG',
          reviews: ['2024-06-27', '2024-12-12', '2025-03-06'],
        },
      ],
      cinPlans: [{ start: '2025-03-06', end: '2025-06-19' }],
    },
    {
      referralDate: '2025-10-20',
      referralSource: '6',
      primaryNeed: 'N1',
      assessments: [{ start: '2025-10-21', authorised: '2025-12-01', factors: ['16A', '2B'] }],
      section47s: [{ start: '2025-10-22', conferenceDate: '2025-11-12' }],
      cpPlans: [{ start: '2025-11-12', initialCategory: 'NEG', reviews: ['2026-02-05'] }],
    },
  ],
};

/** Second CP plan under neglect, open 26 months at 31 March 2026 (drift). */
export const LONG_NEGLECT_PLAN: CinChildStory = {
  id: 'KF183310',
  birthDate: '2023-11-02',
  sex: 'F',
  ethnicity: 'WBRI',
  episodes: [
    {
      referralDate: '2023-12-04',
      referralSource: '3B',
      primaryNeed: 'N1',
      assessments: [{ start: '2023-12-05', authorised: '2024-01-23', factors: ['16A', '1B'] }],
      section47s: [{ start: '2024-01-08', conferenceDate: '2024-01-25' }],
      cpPlans: [
        {
          start: '2024-01-25',
          initialCategory: 'NEG',
          previousPlans: 1,
          reviews: ['2024-04-18', '2024-10-10', '2025-04-03', '2025-09-25', '2026-03-19'],
        },
      ],
    },
  ],
};

/** Seeded issue 8875: an ICPC (and the plan it started) dated Saturday 14 February 2026. */
export const SATURDAY_CONFERENCE: CinChildStory = {
  id: 'KF209991',
  birthDate: '2014-05-05',
  sex: 'M',
  ethnicity: 'BAFR',
  episodes: [
    {
      referralDate: '2026-01-26',
      referralSource: '6',
      primaryNeed: 'N1',
      assessments: [{ start: '2026-01-27', authorised: '2026-03-10', factors: ['18C'] }],
      section47s: [{ start: '2026-01-28', conferenceTarget: '2026-02-18', conferenceDate: '2026-02-14' }],
      cpPlans: [{ start: '2026-02-14', initialCategory: 'PHY' }],
    },
  ],
};

/** Seeded issue 8730: NumberOfPreviousCPP not recorded. */
export const PREVIOUS_PLANS_MISSING: CinChildStory = {
  id: 'KF214400',
  birthDate: '2012-09-30',
  sex: 'F',
  ethnicity: 'WOTH',
  disabilities: ['AUT', 'LD'],
  episodes: [
    {
      referralDate: '2025-05-12',
      referralSource: '2A',
      primaryNeed: 'N1',
      assessments: [{ start: '2025-05-13', authorised: '2025-06-20', factors: ['3B', '17A'] }],
      section47s: [{ start: '2025-05-14', conferenceDate: '2025-06-03' }],
      cpPlans: [
        { start: '2025-06-03', initialCategory: 'EMO', previousPlans: null, reviews: ['2025-08-28', '2026-02-12'] },
      ],
    },
  ],
};

/** A child whose only episode closed before 2025/26: absent from that census. */
export const CLOSED_EARLIER: CinChildStory = {
  id: 'KF170001',
  birthDate: '2010-01-15',
  sex: 'M',
  ethnicity: 'WBRI',
  episodes: [
    {
      referralDate: '2024-09-02',
      referralSource: '2A',
      primaryNeed: 'N5',
      closureDate: '2025-01-10',
      closureReason: 'RC8',
      assessments: [{ start: '2024-09-03', authorised: '2025-01-06', factors: ['21'] }],
    },
  ],
};

export const DEMO_STORIES: readonly CinChildStory[] = [
  THIRD_PLAN,
  STEPPED_DOWN_AND_BACK,
  LONG_NEGLECT_PLAN,
  SATURDAY_CONFERENCE,
  PREVIOUS_PLANS_MISSING,
  CLOSED_EARLIER,
];
