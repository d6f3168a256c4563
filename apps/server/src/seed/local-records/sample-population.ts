/**
 * Synthetic statutory records (903 and CIN census shaped as `MeasureData`) at the demo authority's scale,
 * with the named children of §8. For tests, benchmarks and for wiring the seed before the statutory
 * generators land — not the demo's statutory seed itself.
 */
import { type IsoDate, toEpochDay } from '@waypoint/calendar';
import type {
  CinAssessment,
  CinReferral,
  ClaChild,
  ClaEpisode,
  CpPlan,
  MeasureData,
  Oc3CareLeaver,
} from '@waypoint/measures';
import { addYearsDay } from './context.ts';
import { createRng, type Rng } from './random.ts';
import { REQUIRED_STATUTORY_CHILDREN } from './story.ts';
import { demoTeamsForMeasures } from './teams.ts';
import { addWorkingDays, curve, iso, STORY_TODAY, storyOffsetDays } from './timeline.ts';

/** Options for {@link sampleStatutoryData}. */
export interface SampleOptions {
  /** Demo today (default 15 July 2026); story dates move by whole weeks as the local records do. */
  today?: IsoDate;
  seed?: number;
}

const START = toEpochDay('2023-04-01');
const TODAY = toEpochDay(STORY_TODAY);
const d = (iso: IsoDate) => toEpochDay(iso);

interface Placement {
  start: number;
  end: number | null;
  place: string;
  provider: string;
  urn?: string;
  legal: string;
}

interface ChildRecord {
  id: string;
  dob: number;
  sex: string;
  periods: { start: number; end: number | null; placements: Placement[]; rec?: string }[];
}

/** Synthetic 903 and CIN records for about 250 children looked after, 150 on CP plans and 2,000 referrals a year. */
export function sampleStatutoryData(options: SampleOptions = {}): MeasureData {
  const rng = createRng(options.seed ?? 2026);
  const offset = storyOffsetDays(options.today ?? STORY_TODAY);
  const ids = new ChildIds(rng);
  const children = [...namedLookedAfter(), ...lookedAfterChildren(rng, ids)];
  const { referrals, assessments, assessedChildren } = cinRecords(rng, ids);
  const plans = cpPlans(rng, assessedChildren);
  const shift = (day: number) => iso(day + offset);
  const claChildren: ClaChild[] = children.map((c) => ({
    childId: c.id,
    dateOfBirth: shift(c.dob),
    sex: c.sex,
    uasc: false,
    team: 'children-in-care',
  }));
  const claEpisodes: ClaEpisode[] = children.flatMap((c) =>
    c.periods.flatMap((p) =>
      p.placements.map((pl, i) => ({
        childId: c.id,
        start: shift(pl.start),
        ...(pl.end !== null ? { end: shift(pl.end) } : {}),
        reasonNewEpisode: i === 0 ? 'S' : 'P',
        legalStatus: pl.legal,
        categoryOfNeed: 'N1',
        placement: pl.place,
        placementProvider: pl.provider,
        ...(pl.urn ? { urn: pl.urn } : {}),
        ...(pl.end !== null ? { reasonEnded: i === p.placements.length - 1 ? (p.rec ?? 'E8') : 'X1' } : {}),
      })),
    ),
  );
  const oc3: Oc3CareLeaver[] = [];
  for (let i = 0; i < 120; i++) {
    const dob = d('2004-04-01') + rng.int(0, 1090);
    oc3.push({
      childId: ids.next(),
      dateOfBirth: iso(dob + offset),
      year: 2026,
      inTouch: rng.chance(0.88) ? 'YES' : 'NO',
      activity: rng.chance(0.46) ? 'F2' : 'G4',
      accommodation: rng.chance(0.82) ? 'D1' : 'B2',
    });
  }
  return {
    claChildren,
    claEpisodes,
    cinReferrals: referrals.map((r) => ({
      ...r,
      referralDate: iso(d(r.referralDate) + offset),
      ...(r.closureDate ? { closureDate: iso(d(r.closureDate) + offset) } : {}),
    })),
    cinAssessments: assessments.map((a) => ({
      ...a,
      start: iso(d(a.start) + offset),
      ...(a.authorised ? { authorised: iso(d(a.authorised) + offset) } : {}),
    })),
    cpPlans: plans.map((p) => ({
      ...p,
      start: iso(d(p.start) + offset),
      ...(p.end ? { end: iso(d(p.end) + offset) } : {}),
    })),
    oc3,
    population0to17: [
      { year: 2024, value: 44_100 },
      { year: 2025, value: 44_400 },
      { year: 2026, value: 44_600 },
      { year: 2027, value: 44_700 },
    ],
    teams: demoTeamsForMeasures(),
  };
}

class ChildIds {
  private readonly used = new Set<string>(REQUIRED_STATUTORY_CHILDREN.map((c) => c.childId));
  constructor(private readonly rng: Rng) {}

  next(): string {
    for (;;) {
      const id = `KF${String(this.rng.int(100_000, 189_999))}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

/** A placement type for a child of an age (§7 mix: mostly foster care, homes for some teenagers, K3 at 16+). */
function placementFor(rng: Rng, age: number): { place: string; provider: string; urn?: string } {
  const foster = () => {
    const inHouse = rng.chance(0.52);
    return { place: rng.pick(['U1', 'U3', 'U4', 'U6']), provider: inHouse ? 'PR1' : rng.pick(['PR4', 'PR5']) };
  };
  if (age >= 16) {
    const r = rng.next();
    if (r < 0.45) return { place: 'K3', provider: 'PR4', urn: `SA${rng.int(100_000, 999_999)}` };
    if (r < 0.85) return foster();
    return { place: 'P1', provider: 'PR0' };
  }
  if (age >= 11) {
    const r = rng.next();
    if (r < 0.16) return { place: 'K2', provider: rng.pick(['PR1', 'PR4']), urn: `SC${rng.int(100_000, 999_999)}` };
    if (r < 0.93) return foster();
    return { place: 'P1', provider: 'PR0' };
  }
  const r = rng.next();
  if (age <= 3 && r < 0.12) return { place: 'A4', provider: 'PR1' };
  if (r < 0.94) return foster();
  return { place: 'P1', provider: 'PR0' };
}

/** A period of care from `start` with placements until `end` (or open). */
function period(rng: Rng, dob: number, start: number, end: number | null): ChildRecord['periods'][number] {
  const placements: Placement[] = [];
  let at = start;
  const stop = end ?? TODAY + 1;
  while (at < stop) {
    const age = Math.floor((at - dob) / 365.25);
    const type = placementFor(rng, age);
    const length = Math.max(20, Math.round(-Math.log(1 - rng.next()) * 480));
    const next = at + length;
    const last = next >= stop;
    placements.push({
      start: at,
      end: last ? end : next,
      ...type,
      legal: type.place.startsWith('A') ? 'E1' : age >= 16 && placements.length === 0 && rng.chance(0.3) ? 'V2' : 'C2',
    });
    at = next;
  }
  return {
    start,
    end,
    placements,
    rec: end === null ? undefined : rng.pick(['E4A', 'E8', 'E13', 'E41', 'E45', 'E17']),
  };
}

function lookedAfterChildren(rng: Rng, ids: ChildIds): ChildRecord[] {
  const out: ChildRecord[] = [];
  const make = (start: number, ageAtStart: number, existing: boolean) => {
    const dob = start - Math.round(ageAtStart * 365.25) - rng.int(0, 364);
    const eighteen = addYearsDay(dob, 18);
    const stayFrom = existing ? START : start;
    const stay = Math.round(-Math.log(1 - rng.next()) * 365 * 3.1);
    let end: number | null = Math.min(stayFrom + stay, eighteen);
    if (end > TODAY) end = null;
    if (end !== null && end <= start) end = start + 30;
    out.push({ id: ids.next(), dob, sex: rng.chance(0.55) ? 'M' : 'F', periods: [period(rng, dob, start, end)] });
  };
  // Children already looked after on 1 April 2023.
  for (let i = 0; i < 262; i++) {
    const ageNow = rng.weighted([1, 3, 6, 9, 12, 14, 15, 16, 17], [6, 8, 12, 14, 14, 14, 12, 10, 8]) + rng.next();
    const inCareYears = Math.min(ageNow, rng.float(0.1, 7));
    make(START - Math.round(inCareYears * 365.25), Math.max(0, ageNow - inCareYears), true);
  }
  // About 104 starts a year.
  for (let day = START; day <= TODAY; day += rng.int(1, 6)) {
    const age = rng.weighted([0, 2, 6, 11, 13, 16], [20, 14, 18, 16, 20, 12]) + rng.next() * 1.9;
    make(day, Math.min(17.4, age), false);
  }
  return out;
}

/** The named looked-after children of §8 with the placements their stories need. */
function namedLookedAfter(): ChildRecord[] {
  const foster = (start: string, end: string | null): Placement => ({
    start: d(start),
    end: end === null ? null : d(end),
    place: 'U4',
    provider: 'PR4',
    legal: 'C2',
  });
  const child = (
    id: string,
    dob: string,
    sex: string,
    placements: Placement[],
    end: string | null = null,
  ): ChildRecord => ({
    id,
    dob: d(dob),
    sex,
    periods: [
      { start: placements[0]!.start, end: end === null ? null : d(end), placements, rec: end ? 'E8' : undefined },
    ],
  });
  return [
    child('KF204117', '2011-08-19', 'M', [
      foster('2024-05-02', '2026-01-14'),
      { start: d('2026-01-14'), end: null, place: 'K2', provider: 'PR4', legal: 'C2' },
    ]),
    child('KF209853', '2010-06-10', 'F', [
      foster('2025-02-11', '2025-11-03'),
      { start: d('2025-11-03'), end: d('2025-11-22'), place: 'K3', provider: 'PR4', urn: 'SA990853', legal: 'C2' },
      { start: d('2025-11-22'), end: null, place: 'K2', provider: 'PR4', urn: 'SC990218', legal: 'C2' },
    ]),
    child('KF211402', '2009-09-01', 'M', [
      foster('2024-01-08', '2025-06-10'),
      { start: d('2025-06-10'), end: d('2026-06-03'), place: 'K2', provider: 'PR4', urn: 'SC990417', legal: 'C2' },
      { start: d('2026-06-03'), end: null, place: 'K3', provider: 'PR4', urn: 'SA990301', legal: 'C2' },
    ]),
    child('KF215566', '2008-11-20', 'F', [
      foster('2023-06-01', '2025-12-01'),
      { start: d('2025-12-01'), end: null, place: 'K3', provider: 'PR1', urn: 'SA990215', legal: 'C2' },
    ]),
    child('KF216003', '2013-03-04', 'F', [
      foster('2025-09-15', '2026-07-08'),
      { start: d('2026-07-08'), end: null, place: 'K2', provider: 'PR4', legal: 'C2' },
    ]),
    child('KF198720', '2011-02-14', 'F', [
      foster('2023-10-02', '2024-09-16'),
      { start: d('2024-09-16'), end: null, place: 'K2', provider: 'PR4', urn: 'SC990720', legal: 'C2' },
    ]),
    child('KF201344', '2012-01-23', 'M', [foster('2024-02-05', null)]),
    child('KF190655', '2009-12-07', 'M', [foster('2022-11-14', null)]),
    child('KF212240', '2009-05-02', 'M', [
      { start: d('2025-10-17'), end: null, place: 'K3', provider: 'PR4', urn: 'SA990240', legal: 'V2' },
    ]),
  ];
}

const REFERRALS_PER_YEAR = curve([
  ['2023-04-01', 1950],
  ['2024-04-01', 2000],
  ['2025-04-01', 2050],
  ['2026-04-01', 2100],
]);
const ASSESSMENTS_IN_TIME = curve([
  ['2023-04-01', 0.72],
  ['2025-03-31', 0.73],
  ['2025-04-01', 0.74],
  ['2026-03-31', 0.74],
  ['2026-04-01', 0.81],
]);
const SOURCES = ['1A', '1B', '2A', '2B', '3A', '3B', '5A', '5B', '5C', '6', '7', '8', '9', '10'];

function cinRecords(rng: Rng, ids: ChildIds) {
  const referrals: CinReferral[] = [];
  const assessments: CinAssessment[] = [];
  const assessedChildren: { childId: string; referralId: string; day: number }[] = [];
  const recent: { childId: string; day: number }[] = [];
  let n = 0;
  for (let day = START; day <= TODAY; day++) {
    const expected = REFERRALS_PER_YEAR(day) / 365.25;
    const count = Math.floor(expected) + (rng.chance(expected - Math.floor(expected)) ? 1 : 0);
    for (let k = 0; k < count; k++) {
      while (recent.length && recent[0]!.day < day - 365) recent.shift();
      const again = recent.length > 20 && rng.chance(0.26);
      const childId = again ? rng.pick(recent).childId : ids.next();
      const referralId = `R${String(++n).padStart(6, '0')}`;
      const nfa = rng.chance(0.08);
      const ref: CinReferral = {
        childId,
        referralId,
        referralDate: iso(day),
        source: rng.pick(SOURCES),
        primaryNeed: rng.pick(['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9']),
        nfa,
      };
      recent.push({ childId, day });
      if (nfa) {
        ref.closureDate = iso(Math.min(TODAY, day + rng.int(0, 4)));
        ref.closureReason = 'RC9';
      } else {
        const start = day + rng.int(0, 2);
        const inTime = rng.chance(ASSESSMENTS_IN_TIME(day));
        const wd = inTime ? rng.int(8, 45) : rng.int(46, 85);
        const authorised = addWorkingDays(start, wd);
        const a: CinAssessment = { childId, referralId, start: iso(start), factors: ['N1'] };
        if (start <= TODAY) {
          if (authorised <= TODAY) a.authorised = iso(authorised);
          assessments.push(a);
          if (authorised <= TODAY) {
            if (rng.chance(0.33)) {
              ref.closureDate = iso(authorised);
              ref.closureReason = 'RC8';
            } else {
              assessedChildren.push({ childId, referralId, day: authorised });
              const close = authorised + rng.int(60, 420);
              if (close <= TODAY) {
                ref.closureDate = iso(close);
                ref.closureReason = 'RC1';
              }
            }
          }
        }
      }
      referrals.push(ref);
    }
  }
  // Named children in need (§8.2, §8.4).
  for (const [childId, date] of [
    ['KF207781', '2025-05-19'],
    ['KF212981', '2025-11-17'],
    ['KF213307', '2026-02-09'],
    ['KF214015', '2026-01-12'],
  ] as const) {
    const referralId = `R${String(++n).padStart(6, '0')}`;
    referrals.push({ childId, referralId, referralDate: date, source: '10', primaryNeed: 'N1', nfa: false });
    assessments.push({
      childId,
      referralId,
      start: date,
      authorised: iso(addWorkingDays(d(date), 20)),
      factors: ['N1'],
    });
  }
  return { referrals, assessments, assessedChildren };
}

function cpPlans(rng: Rng, assessed: { childId: string; referralId: string; day: number }[]): CpPlan[] {
  const plans: CpPlan[] = [];
  let n = 0;
  const category = () => rng.weighted(['NEG', 'EMO', 'PHY', 'SAB', 'MUL'], [58, 25, 8, 4, 5]);
  const duration = () => {
    const r = rng.next();
    if (r < 0.25) return rng.int(90, 180);
    if (r < 0.75) return rng.int(181, 365);
    if (r < 0.97) return rng.int(366, 700);
    return rng.int(731, 900);
  };
  const add = (childId: string, start: number, cat: string, previous: number, length: number) => {
    const end = start + length;
    plans.push({
      childId,
      planId: `CPP${String(++n).padStart(5, '0')}`,
      start: iso(start),
      ...(end <= TODAY ? { end: iso(end) } : {}),
      initialCategory: cat,
      latestCategory: cat,
      previousPlans: previous,
    });
  };
  const previous = () => (rng.chance(0.29) ? rng.weighted([1, 2], [85, 15]) : 0);
  // Plans already open on 1 April 2023 (about 150).
  for (let i = 0; i < 150; i++) {
    const length = duration();
    const start = START - rng.int(1, Math.max(2, length - 1));
    add(`KF${String(190_000 + i)}`, start, category(), previous(), length);
  }
  // About 205 new plans a year, for children whose assessment led to a plan.
  const pool = assessed.filter((a) => a.day >= START);
  const perDay = 205 / 365.25;
  let cursor = 0;
  for (let day = START; day <= TODAY; day++) {
    const count = Math.floor(perDay) + (rng.chance(perDay - Math.floor(perDay)) ? 1 : 0);
    for (let k = 0; k < count; k++) {
      while (cursor < pool.length && pool[cursor]!.day < day - 30) cursor++;
      const candidate = pool[cursor];
      if (!candidate || candidate.day > day) continue;
      cursor++;
      add(candidate.childId, day, category(), previous(), duration());
    }
  }
  // Named plans (§8.3).
  for (const id of ['KF183310', 'KF183311', 'KF183312']) add(id, d('2024-01-22'), 'NEG', 1, 1200);
  add('KF188402', d('2024-12-23'), 'NEG', 2, 1200);
  add('KF205109', d('2024-08-12'), 'NEG', 0, 334);
  return plans;
}
