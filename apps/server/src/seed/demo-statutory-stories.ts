/**
 * The named children of the demo story (demo-scenario §8) as statutory histories: SSDA903 stories for the
 * children looked after and CIN census stories for the children in need, in story dates (today = 15 July 2026).
 * The seed moves every date by the demo offset and appends them to the generated children, so the statutory
 * returns hold exactly the children the local records talk about (`REQUIRED_STATUTORY_CHILDREN`).
 */
import { addDays, addMonths, englandAndWales, type IsoDate } from '@waypoint/calendar';
import type { CinChildStory } from '@waypoint/cin-census';
import { type ChildStory, makeUpn, type StoryEpisode, type StoryMissing } from '@waypoint/ssda903';

/** Where a named child lives, borrowed from a generated child so postcodes, URNs and workers are known ones. */
export interface BorrowedSetting {
  plPost: string;
  urn: string;
}

/** Looks up a setting of the generated return for a placement type and provider. */
export type SettingLookup = (place: string, provider: string, withUrn: boolean) => BorrowedSetting;

interface NamedPlacement {
  start: IsoDate;
  place: string;
  provider: string;
  /** Legal status (default C2, a full care order). */
  ls?: string;
  /** Leave the URN empty: the setting is not registered with Ofsted. */
  unregistered?: boolean;
  reasonPlaceChange?: string;
}

interface NamedChild {
  child: string;
  sex: 'M' | 'F';
  dob: IsoDate;
  ethnic: string;
  /** Reason for new episode on entry (S: started to be looked after). */
  placements: NamedPlacement[];
  missing?: StoryMissing[];
}

const foster = (start: IsoDate, provider = 'PR1'): NamedPlacement => ({ start, place: 'U4', provider });

const addWorkingDays = (date: IsoDate, n: number) => englandAndWales.addWorkingDays(date, n);

/** A run of missing (M) or away (A) periods: one every `everyDays` from `first`, each lasting `nights`. */
function missingRun(type: 'M' | 'A', first: IsoDate, count: number, everyDays: number, nights = 1): StoryMissing[] {
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(first, i * everyDays);
    return { type, start, end: addDays(start, nights) };
  });
}

/** §8.1 unregistered provision, §8.2 missing and §8.4 the homeless 16-year-old accommodated under s.20. */
const NAMED_LOOKED_AFTER: readonly NamedChild[] = [
  {
    child: 'KF204117',
    sex: 'M',
    dob: '2011-08-19',
    ethnic: 'WBRI',
    placements: [
      foster('2024-05-02'),
      { start: '2026-01-14', place: 'K2', provider: 'PR4', unregistered: true, reasonPlaceChange: 'CARPL' },
    ],
  },
  {
    child: 'KF209853',
    sex: 'F',
    dob: '2010-06-10',
    ethnic: 'MWBC',
    placements: [
      foster('2025-02-11', 'PR4'),
      { start: '2025-11-03', place: 'K3', provider: 'PR4', unregistered: true, reasonPlaceChange: 'CARPL' },
      { start: '2025-11-22', place: 'K2', provider: 'PR4', reasonPlaceChange: 'LAREQ' },
    ],
  },
  {
    child: 'KF211402',
    sex: 'M',
    dob: '2009-09-01',
    ethnic: 'WBRI',
    placements: [
      foster('2024-01-08'),
      { start: '2025-06-10', place: 'K2', provider: 'PR4', reasonPlaceChange: 'CARPL' },
      { start: '2026-06-03', place: 'K3', provider: 'PR4', reasonPlaceChange: 'CLOSE' },
    ],
  },
  {
    child: 'KF215566',
    sex: 'F',
    dob: '2008-11-20',
    ethnic: 'BAFR',
    placements: [
      foster('2023-06-01'),
      { start: '2025-12-01', place: 'K3', provider: 'PR1', reasonPlaceChange: 'CREQO' },
    ],
  },
  {
    child: 'KF216003',
    sex: 'F',
    dob: '2013-03-04',
    ethnic: 'WBRI',
    placements: [
      foster('2025-09-15', 'PR4'),
      { start: '2026-07-08', place: 'K2', provider: 'PR4', unregistered: true, reasonPlaceChange: 'CARPL' },
    ],
  },
  {
    child: 'KF198720',
    sex: 'F',
    dob: '2011-02-14',
    ethnic: 'WBRI',
    placements: [
      foster('2023-10-02'),
      { start: '2024-09-16', place: 'K2', provider: 'PR4', reasonPlaceChange: 'CARPL' },
    ],
    // 14 missing episodes in the 12 months to today.
    missing: missingRun('M', '2025-07-25', 14, 25),
  },
  {
    child: 'KF201344',
    sex: 'M',
    dob: '2012-01-23',
    ethnic: 'WBRI',
    placements: [foster('2024-02-05')],
    // Nine "away" episodes in the 90 days to today, every Friday night from 8 May 2026.
    missing: missingRun('A', '2026-05-08', 9, 7),
  },
  {
    child: 'KF190655',
    sex: 'M',
    dob: '2009-12-07',
    ethnic: 'WBRI',
    placements: [foster('2022-11-14')],
    missing: [
      { type: 'M', start: '2024-10-11', end: '2024-10-12' },
      { type: 'M', start: '2025-01-17', end: '2025-01-18' },
      { type: 'M', start: '2025-03-29', end: '2025-04-02' },
      { type: 'M', start: '2025-06-06', end: '2025-06-07' },
    ],
  },
  {
    child: 'KF212240',
    sex: 'M',
    dob: '2009-05-02',
    ethnic: 'WBRI',
    placements: [{ start: '2025-10-17', place: 'K3', provider: 'PR4', ls: 'V2' }],
  },
];

/** Statutory reviews: within 20 working days, then three months, then every six months (until well after today). */
function lookedAfterReviews(start: IsoDate): ChildStory['reviews'] {
  const dates = [addWorkingDays(start, 19), addMonths(start, 3)];
  while (dates.length < 12) dates.push(addMonths(dates[dates.length - 1]!, 6));
  return dates.map((date) => ({ date, participation: 'PN1' }));
}

/**
 * The named children looked after as SSDA903 stories (story dates). `setting` borrows postcodes and URNs from
 * the generated return; `homePost` and `socialWorker` are a Kellingford postcode and a worker id from it.
 */
export function namedLookedAfterStories(setting: SettingLookup, homePost: string, socialWorker: string): ChildStory[] {
  return NAMED_LOOKED_AFTER.map((c, index) => {
    const episodes: StoryEpisode[] = c.placements.map((p, i) => {
      const next = c.placements[i + 1];
      const where = setting(p.place, p.provider, !p.unregistered);
      return {
        decom: p.start,
        rne: i === 0 ? 'S' : 'P',
        ls: p.ls ?? 'C2',
        cin: 'N1',
        place: p.place,
        provider: p.provider,
        dec: next ? next.start : '',
        rec: next ? 'X1' : '',
        reasonPlaceChange: next ? (next.reasonPlaceChange ?? 'CARPL') : '',
        homePost,
        plPost: where.plPost,
        urn: p.unregistered ? '' : where.urn,
      };
    });
    const start = c.placements[0]!.start;
    return {
      child: c.child,
      sex: c.sex,
      dob: c.dob,
      ethnic: c.ethnic,
      upn: makeUpn('990', 980_000 + index),
      episodes,
      reviews: lookedAfterReviews(start),
      socialWorkers: [{ id: socialWorker, start, end: '', reason: '' }],
      ...(c.missing ? { missing: c.missing } : {}),
    };
  });
}

/** CP plan reviews: the first within three months of the conference, then every six months. */
function cpReviews(conference: IsoDate): IsoDate[] {
  const dates = [addMonths(conference, 3)];
  while (dates.length < 10) dates.push(addMonths(dates[dates.length - 1]!, 6));
  return dates;
}

/** A second (or later) neglect plan still open at today: the drift the plan's priority 2 is about. */
function openNeglectPlan(
  id: string,
  birthDate: IsoDate,
  sex: 'M' | 'F',
  referralDate: IsoDate,
  conference: IsoDate,
  previousPlans: number,
): CinChildStory {
  return {
    id,
    birthDate,
    sex,
    ethnicity: 'WBRI',
    episodes: [
      {
        referralDate,
        referralSource: '3B',
        primaryNeed: 'N1',
        assessments: [
          { start: addDays(referralDate, 1), authorised: addWorkingDays(referralDate, 30), factors: ['16A'] },
        ],
        section47s: [{ start: addDays(referralDate, 3), conferenceDate: conference }],
        cpPlans: [{ start: conference, initialCategory: 'NEG', previousPlans, reviews: cpReviews(conference) }],
      },
    ],
  };
}

/** A 16- or 17-year-old presenting as homeless: referral, assessment and what followed (§8.4). */
function homelessPresentation(
  id: string,
  birthDate: IsoDate,
  sex: 'M' | 'F',
  presented: IsoDate,
  assessmentWorkingDays: number,
  closure: { date: IsoDate; reason: string } | null,
): CinChildStory {
  return {
    id,
    birthDate,
    sex,
    ethnicity: 'WBRI',
    episodes: [
      {
        referralDate: presented,
        referralSource: '9',
        primaryNeed: 'N5',
        ...(closure ? { closureDate: closure.date, closureReason: closure.reason } : {}),
        assessments: [
          {
            start: presented,
            authorised: addWorkingDays(presented, assessmentWorkingDays),
            factors: ['22A'],
          },
        ],
        cinPlans: closure
          ? [{ start: addWorkingDays(presented, assessmentWorkingDays), end: closure.date }]
          : [{ start: addWorkingDays(presented, assessmentWorkingDays) }],
      },
    ],
  };
}

/** The named children in need (§8.2–§8.4) as CIN census stories (story dates). */
export function namedChildInNeedStories(): CinChildStory[] {
  return [
    {
      id: 'KF207781',
      birthDate: '2013-02-11',
      sex: 'F',
      ethnicity: 'WBRI',
      episodes: [
        {
          referralDate: '2025-05-19',
          referralSource: '5A',
          primaryNeed: 'N5',
          assessments: [{ start: '2025-05-20', authorised: '2025-06-27', factors: ['6A', '21'] }],
          cinPlans: [{ start: '2025-07-01' }],
        },
      ],
    },
    homelessPresentation('KF212981', '2008-09-03', 'M', '2025-11-17', 12, { date: '2026-03-20', reason: 'RC8' }),
    homelessPresentation('KF213307', '2008-12-19', 'F', '2026-02-09', 31, null),
    homelessPresentation('KF214015', '2009-08-28', 'M', '2026-01-12', 9, { date: '2026-02-27', reason: 'RC4' }),
    openNeglectPlan('KF183310', '2018-03-14', 'F', '2024-01-02', '2024-01-22', 1),
    openNeglectPlan('KF183311', '2019-11-30', 'M', '2024-01-02', '2024-01-22', 1),
    openNeglectPlan('KF183312', '2022-06-05', 'F', '2024-01-02', '2024-01-22', 1),
    openNeglectPlan('KF188402', '2019-06-12', 'F', '2024-12-02', '2024-12-23', 2),
  ];
}

/** Moves every ISO date in a story (any depth) by `days`; other values are kept as they are. */
export function shiftStoryDates<T>(value: T, days: number): T {
  if (days === 0) return value;
  const shift = (v: unknown): unknown => {
    if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? addDays(v as IsoDate, days) : v;
    if (Array.isArray(v)) return v.map(shift);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]));
    }
    return v;
  };
  return shift(value) as T;
}
