/**
 * Homeless 16- and 17-year-olds (P3, §8.4): 38 presentations in 2025/26 (34 young people, 9 accommodated
 * under s.20, 45% assessed within 10 working days, 55% told of their rights, 4 B&B placements for 11
 * nights), then 9 in April–June 2026 (62% assessed in time, 1 B&B placement for 2 nights).
 * Young people accommodated under s.20 are children of the 903 who started care aged 16 or 17.
 */
import type { HomelessPresentation } from '@waypoint/measures';
import { ageOnDay, type GenContext } from './context.ts';
import type { Rng } from './random.ts';
import { addWorkingDays, curve, iso, onOrNextWorkingDay } from './timeline.ts';

interface PeriodSpec {
  from: string;
  to: string;
  presentations: number;
  repeats: number;
  inTime: number;
  informed: number;
  /** Presentations not assessed by demo today (their 10 working days ran out after the period). */
  unassessed: number;
  s20: number;
  bnbNights: number[];
  notNeeded: number;
}

/** Exact counts by story period (the 2025/26 row includes the four named young people). */
const PERIODS: PeriodSpec[] = [
  {
    from: '2023-04-01',
    to: '2024-03-31',
    presentations: 30,
    repeats: 3,
    inTime: 12,
    informed: 14,
    unassessed: 0,
    s20: 6,
    bnbNights: [3, 3, 2, 4, 2],
    notNeeded: 2,
  },
  {
    from: '2024-04-01',
    to: '2025-03-31',
    presentations: 34,
    repeats: 3,
    inTime: 14,
    informed: 17,
    unassessed: 0,
    s20: 7,
    bnbNights: [3, 2, 3, 3, 2],
    notNeeded: 2,
  },
  {
    from: '2025-04-01',
    to: '2026-03-31',
    presentations: 38,
    repeats: 4,
    inTime: 17,
    informed: 21,
    unassessed: 0,
    s20: 9,
    bnbNights: [3, 3, 3, 2],
    notNeeded: 1,
  },
  {
    from: '2026-04-01',
    to: '2026-06-30',
    presentations: 9,
    repeats: 1,
    inTime: 5,
    informed: 6,
    unassessed: 1,
    s20: 2,
    bnbNights: [2],
    notNeeded: 1,
  },
  {
    from: '2026-07-01',
    to: '2026-07-15',
    presentations: 1,
    repeats: 0,
    inTime: 1,
    informed: 1,
    unassessed: 0,
    s20: 0,
    bnbNights: [],
    notNeeded: 1,
  },
];

/** A presentation with its story facts, before dates are worked out. */
interface Draft {
  childId?: string;
  day: number;
  inTime: boolean;
  informed: boolean;
  assessed: boolean;
  s20: boolean;
  bnb?: number;
  notNeeded: boolean;
  assessmentWorkingDays?: number;
  outcome?: HomelessPresentation['outcome'];
  route?: string;
}

/** The four named young people of §8.4 (story dates). */
const NAMED: (Omit<Draft, 'day'> & { date: string })[] = [
  {
    childId: 'KF212240',
    date: '2025-10-06',
    inTime: true,
    informed: true,
    assessed: true,
    s20: true,
    notNeeded: false,
    assessmentWorkingDays: 9,
    route: 'housing',
  },
  {
    childId: 'KF212981',
    date: '2025-11-17',
    inTime: true,
    informed: false,
    assessed: true,
    s20: false,
    notNeeded: false,
    assessmentWorkingDays: 8,
    outcome: 's17',
  },
  {
    childId: 'KF213307',
    date: '2026-02-09',
    inTime: false,
    informed: true,
    assessed: true,
    s20: false,
    bnb: 3,
    notNeeded: false,
    assessmentWorkingDays: 31,
    outcome: 's17',
  },
  {
    childId: 'KF214015',
    date: '2026-01-12',
    inTime: true,
    informed: true,
    assessed: true,
    s20: false,
    notNeeded: true,
    assessmentWorkingDays: 7,
    outcome: 'returned-home',
  },
];

const JOINT_STORY = curve([
  ['2023-04-01', 0.45],
  ['2026-03-31', 0.55],
  ['2026-07-15', 0.7],
]);

/** Generates the homeless 16/17 presentation log. */
export function generateHomelessPresentations(ctx: GenContext): HomelessPresentation[] {
  const rng = ctx.rng('homeless');
  const { tl } = ctx;
  const used = new Set<string>();
  const fresh = new FreshIds(ctx, rng);
  const drafts: Draft[] = [];
  for (const spec of PERIODS) {
    const a = tl.at(spec.from);
    const b = Math.min(tl.at(spec.to), tl.today);
    if (a > tl.today) continue;
    const full = tl.at(spec.to) <= tl.today;
    const named = NAMED.filter((n) => tl.at(n.date) >= a && tl.at(n.date) <= b).map((n) => ({
      ...n,
      day: tl.at(n.date),
    }));
    const scale = full ? 1 : (b - a + 1) / (tl.at(spec.to) - a + 1);
    const total = Math.max(named.length, Math.round(spec.presentations * scale));
    const rest = total - named.length;
    const left = {
      inTime: Math.round(spec.inTime * scale) - named.filter((n) => n.inTime).length,
      informed: Math.round(spec.informed * scale) - named.filter((n) => n.informed).length,
      s20: Math.round(spec.s20 * scale) - named.filter((n) => n.s20).length,
      notNeeded: Math.round(spec.notNeeded * scale) - named.filter((n) => n.notNeeded).length,
      unassessed: full ? spec.unassessed : 0,
      bnb: spec.bnbNights.slice(named.filter((n) => n.bnb !== undefined).length),
    };
    const flags = Array.from({ length: rest }, (_, i) => i);
    const pickSet = (n: number, from: number[]) => new Set(rng.sample(from, Math.max(0, n)));
    const s20 = pickSet(left.s20, flags);
    const notNeeded = pickSet(
      left.notNeeded,
      flags.filter((i) => !s20.has(i)),
    );
    const unassessed = pickSet(
      left.unassessed,
      flags.filter((i) => !s20.has(i) && !notNeeded.has(i)),
    );
    const assessable = flags.filter((i) => !unassessed.has(i));
    const inTime = pickSet(left.inTime, assessable);
    const informed = pickSet(left.informed, assessable);
    const bnbCandidates = rng.shuffle(flags.filter((i) => !notNeeded.has(i) && !unassessed.has(i)));
    const bnb = new Map(left.bnb.map((nights, k) => [bnbCandidates[k]!, nights]));
    const periodDrafts: Draft[] = flags.map((i) => ({
      day: 0,
      inTime: inTime.has(i),
      informed: informed.has(i),
      assessed: !unassessed.has(i),
      s20: s20.has(i),
      ...(bnb.has(i) ? { bnb: bnb.get(i)! } : {}),
      notNeeded: notNeeded.has(i),
    }));
    // Dates: s.20 young people from the 903 (a few days before care started), the rest spread over the period.
    const starters = ctx.children
      .flatMap((c) => c.periods.map((p) => ({ id: c.id, start: p.start, age: ageOnDay(c.dob, p.start) })))
      .filter(
        (s) =>
          (s.age === 16 || s.age === 17) &&
          s.start >= a + 12 &&
          s.start <= b &&
          !used.has(s.id) &&
          !NAMED.some((n) => n.childId === s.id),
      );
    const s20Starters = rng.sample(starters, periodDrafts.filter((p) => p.s20).length);
    let k = 0;
    for (const p of periodDrafts) {
      if (p.s20 && k < s20Starters.length) {
        const s = s20Starters[k++]!;
        p.childId = s.id;
        used.add(s.id);
        p.day = onOrNextWorkingDay(s.start - rng.int(3, 12));
      } else if (p.assessed === false) p.day = Math.max(a, addWorkingDays(b, -rng.int(3, 7)));
      else p.day = onOrNextWorkingDay(rng.int(a, Math.max(a, b - 3)));
      if (p.day > b) p.day = b;
    }
    // Repeat presentations: the same young person again later in the period.
    const repeatable = periodDrafts.filter((p) => !p.s20).sort((x, y) => x.day - y.day);
    const repeats = Math.min(Math.round(spec.repeats * scale), Math.floor(repeatable.length / 2));
    for (let r = 0; r < repeats; r++) {
      const first = repeatable[r]!;
      const again = repeatable[repeatable.length - 1 - r]!;
      first.childId ??= fresh.next();
      again.childId = first.childId;
    }
    drafts.push(...named, ...periodDrafts);
  }
  drafts.sort((x, y) => x.day - y.day);
  return drafts.map((p, i) => toPresentation(ctx, p, i, fresh, rng));
}

function toPresentation(ctx: GenContext, p: Draft, i: number, fresh: FreshIds, rng: Rng): HomelessPresentation {
  const wd = p.assessmentWorkingDays ?? (p.inTime ? rng.int(3, 10) : rng.int(11, 35));
  const assessedDay = addWorkingDays(p.day, wd);
  const assessed = p.assessed && assessedDay <= ctx.tl.today;
  const outcome: HomelessPresentation['outcome'] =
    p.outcome ??
    (p.s20 ? 's20' : p.notNeeded ? 'returned-home' : rng.weighted(['s17', 'returned-home', 'other'], [60, 15, 25]));
  const emergency =
    p.bnb !== undefined
      ? 'bnb'
      : p.notNeeded
        ? undefined
        : rng.weighted(['supported', 'friends or family', 'hostel', ''], [30, 30, 10, 30]);
  const nights = p.bnb ?? (emergency ? rng.int(1, 14) : undefined);
  return {
    presentationId: `HP${String(i + 1).padStart(4, '0')}`,
    childId: p.childId ?? fresh.next(),
    date: iso(p.day),
    route: p.route ?? rng.weighted(['housing', 'self', 'other'], [55, 30, 15]),
    jointAssessment: rng.chance(JOINT_STORY(ctx.tl.storyDay(p.day))),
    ...(assessed ? { assessmentCompleted: iso(assessedDay) } : {}),
    rightsInformed: assessed && p.informed,
    ...(assessed && p.informed ? { rightsInformedDate: iso(assessedDay) } : {}),
    accommodationNeeded: !p.notNeeded,
    outcome,
    ...(emergency ? { emergencyAccommodation: emergency, emergencyNights: nights, emergencyStart: iso(p.day) } : {}),
  };
}

/** Ids for young people known only to the presentation log (never an id the statutory data holds). */
class FreshIds {
  private readonly used = new Set<string>();
  constructor(
    private readonly ctx: GenContext,
    private readonly rng: Rng,
  ) {}

  next(): string {
    for (;;) {
      const id = `KF${String(this.rng.int(220_000, 239_999))}`;
      if (!this.used.has(id) && !this.ctx.knownIds.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
