/**
 * Children looked after (903): rates, stability, distance, where children live, social worker changes,
 * exits, adoption timeliness, reviews and OC2 health and SDQ.
 */
import { lastCompleteReportingYear } from '../period.ts';
import type { ComputeFn, Figure } from '../types.ts';
import { ageOnDay, episodeOn, lookedAfterOn, OPEN, type PChild, placementsDuring } from './cla-index.ts';
import { addMonthsToDay, addWorkingDaysSafe, between, inPeriod, populationFor, twelveMonthStartDay } from './common.ts';
import { dayOf } from './dates.ts';
import { count, DAYS_PER_MONTH, mean, percent, ratePer10000 } from './figures.ts';
import { unregisteredSpells } from './placements-local.ts';
import { reviewsDue } from './review-chain.ts';

/** cla-rate: children looked after at the date per 10,000; companion: children starting in the 12 months. */
export const claRate: ComputeFn = (ctx) => {
  const pop = populationFor(ctx);
  if (!pop) return { noData: 'No population estimate of children aged 0–17 (population0to17).' };
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay);
  const from = twelveMonthStartDay(ctx);
  const starts = ctx.data.memo('cla-starts', () =>
    ctx.data.cla.children
      .flatMap((c) => c.episodes.filter((e) => e.rne === 'S' && !e.shortBreak).map((e) => ({ id: c.id, day: e.start })))
      .sort((a, b) => a.day - b.day),
  );
  const starters = [...new Set(between(starts, (s) => s.day, from, ctx.endDay).map((s) => s.id))];
  const uasc = cohort.filter((c) => c.uasc);
  return {
    main: ratePer10000(
      cohort.length,
      pop.value,
      cohort.map((c) => c.id),
    ),
    variants: { starts: ratePer10000(starters.length, pop.value, starters) },
    breakdown: {
      'uasc-rate': ratePer10000(uasc.length, pop.value),
      'looked-after-count': count(cohort.length),
      'starters-count': count(starters.length),
    },
    notes: pop.note ? [pop.note] : undefined,
  };
};

/** placement-stability-short: looked after at the date with 3+ placements in the 12 months to it. */
export const placementStabilityShort: ComputeFn = (ctx) => {
  const countTemporary = ctx.options.countTemporaryPlacements ?? true;
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay);
  const from = twelveMonthStartDay(ctx);
  const hits = cohort.filter((c) => placementsDuring(c, from, ctx.endDay, countTemporary) >= 3).map((c) => c.id);
  return { main: percent(hits.length, cohort.length, hits) };
};

/** placement-stability-2yr: looked after 2+ years at the date with 3+ placements in those 2 years. */
export const placementStability2yr: ComputeFn = (ctx) => {
  const countTemporary = ctx.options.countTemporaryPlacements ?? true;
  const twoYearsAgo = addMonthsToDay(ctx.endDay, -24);
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay).filter(
    (c) => episodeOn(c, ctx.endDay)!.periodStart <= twoYearsAgo,
  );
  const hits = cohort
    .filter((c) => placementsDuring(c, twoYearsAgo + 1, ctx.endDay, countTemporary) >= 3)
    .map((c) => c.id);
  return { main: percent(hits.length, cohort.length, hits) };
};

/** placement-stability-long: under 16, looked after 2.5+ years, same carer for 2+ years. */
export const placementStabilityLong: ComputeFn = (ctx) => {
  const twoYearsAgo = addMonthsToDay(ctx.endDay, -24);
  const thirtyMonthsAgo = addMonthsToDay(ctx.endDay, -30);
  let unknownAge = 0;
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay).filter((c) => {
    const age = ageOnDay(c, ctx.endDay);
    if (age === null) unknownAge++;
    return age !== null && age < 16 && episodeOn(c, ctx.endDay)!.periodStart <= thirtyMonthsAgo;
  });
  const hits = cohort.filter((c) => !c.newCarerStarts.some((d) => d > twoYearsAgo && d <= ctx.endDay)).map((c) => c.id);
  return {
    main: percent(hits.length, cohort.length, hits),
    notes: unknownAge ? [`${unknownAge} children without a date of birth were left out.`] : undefined,
  };
};

/** placed-20-miles: looked after at the date placed more than 20 miles from home (UASC and unknown excluded). */
export const placed20Miles: ComputeFn = (ctx) => {
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay);
  let unknown = 0;
  let uasc = 0;
  const known: PChild[] = [];
  const hits: string[] = [];
  for (const child of cohort) {
    if (child.uasc) {
      uasc++;
      continue;
    }
    const distance = episodeOn(child, ctx.endDay)!.raw.distanceMiles;
    if (distance === undefined || distance === null) {
      unknown++;
      continue;
    }
    known.push(child);
    if (distance > 20) hits.push(child.id);
  }
  // Companion: new placements in the 12 months to the date, by location and distance.
  const from = twelveMonthStartDay(ctx);
  const bands: Record<string, number> = {
    'inside-20-or-less': 0,
    'inside-over-20': 0,
    'outside-20-or-less': 0,
    'outside-over-20': 0,
  };
  let newUnknown = 0;
  let newTotal = 0;
  const newFar: string[] = [];
  const newSpells = ctx.data.memo('cla-new-spells', () =>
    ctx.data.cla.children
      .flatMap((c) => c.spells.filter((s) => !s.first.shortBreak).map((spell) => ({ child: c, spell })))
      .sort((a, b) => a.spell.start - b.spell.start),
  );
  for (const { child, spell } of between(newSpells, (s) => s.spell.start, from, ctx.endDay)) {
    newTotal++;
    const d = spell.first.raw.distanceMiles;
    const inside = spell.first.raw.placementInArea;
    if (d === undefined || inside === undefined) {
      newUnknown++;
      continue;
    }
    bands[`${inside ? 'inside' : 'outside'}-${d > 20 ? 'over-20' : '20-or-less'}`]++;
    if (d > 20) newFar.push(child.id);
  }
  const breakdown: Record<string, Figure> = {
    'excluded-uasc': count(uasc),
    'excluded-distance-unknown': count(unknown),
  };
  for (const [k, v] of Object.entries(bands)) breakdown[`new-placements-${k}`] = percent(v, newTotal);
  breakdown['new-placements-distance-unknown'] = percent(newUnknown, newTotal);
  return {
    main: percent(hits.length, known.length, hits),
    variants: { 'new-placements': percent(newFar.length, newTotal, newFar) },
    breakdown,
  };
};

/** Placement families (ssda903.md §5.7 working mapping; keep in one place so it can be corrected). */
export const PLACEMENT_FAMILIES: Record<string, readonly string[]> = {
  foster: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
  'secure-and-childrens-homes': ['K1', 'K2'],
  'independent-and-supported': ['H5', 'P2', 'K3'],
  adoption: ['A3', 'A4', 'A5', 'A6'],
  'with-parents': ['P1'],
  'other-residential': ['R1', 'R2', 'R3', 'R5', 'S1', 'P3'],
  temporary: ['T0', 'T1', 'T2', 'T3', 'T4'],
  other: ['Z1', 'Z11', 'Z12', 'Z13', 'Z14'],
};

const FAMILY_OF = new Map<string, string>(
  Object.entries(PLACEMENT_FAMILIES).flatMap(([family, codes]) => codes.map((c) => [c, family] as const)),
);

/** The placement family of a PLACE code ("unknown" when not mapped). */
export function placementFamily(place: string): string {
  return FAMILY_OF.get(place) ?? 'unknown';
}

/** placement-type-mix: share of children looked after at the date in each placement family. */
export const placementTypeMix: ComputeFn = (ctx) => {
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay);
  const byFamily = new Map<string, string[]>();
  let fosteredInHouse = 0;
  const inHouseIds: string[] = [];
  for (const child of cohort) {
    const ep = episodeOn(child, ctx.endDay)!;
    const family = placementFamily(ep.place);
    const list = byFamily.get(family) ?? [];
    list.push(child.id);
    byFamily.set(family, list);
    if (family === 'foster' && ep.provider === 'PR1') {
      fosteredInHouse++;
      inHouseIds.push(child.id);
    }
  }
  const of = (family: string) => byFamily.get(family) ?? [];
  const breakdown: Record<string, Figure> = {};
  for (const family of [...Object.keys(PLACEMENT_FAMILIES), 'unknown']) {
    breakdown[family] = percent(of(family).length, cohort.length);
  }
  return {
    main: percent(of('foster').length, cohort.length, of('foster')),
    variants: {
      'secure-and-childrens-homes': percent(
        of('secure-and-childrens-homes').length,
        cohort.length,
        of('secure-and-childrens-homes'),
      ),
      'independent-and-supported': percent(
        of('independent-and-supported').length,
        cohort.length,
        of('independent-and-supported'),
      ),
      'in-house-fostering': percent(fosteredInHouse, of('foster').length, inHouseIds),
    },
    breakdown,
  };
};

const UNREGULATED = new Set(['H5', 'P2', 'K3']);

/** under-16-unregulated: children under 16 in H5/P2/K3 or an unregistered setting at the date. */
export const under16Unregulated: ComputeFn = (ctx) => {
  const spells = ctx.data.memo('under-16-spells', () => under16Spells(ctx));
  const now = new Set<string>();
  const during = new Set<string>();
  const from = twelveMonthStartDay(ctx);
  for (const s of spells) {
    if (s.start <= ctx.endDay && s.end > ctx.endDay) now.add(s.childId);
    if (s.start <= ctx.endDay && s.end > from) during.add(s.childId);
  }
  return {
    main: count(now.size, [...now]),
    variants: { 'during-12-months': count(during.size, [...during]) },
  };
};

/**
 * Stretches [start, end) when a child under 16 was in H5/P2/K3 (903) or an unregistered setting
 * (register): each placement clipped to the day before the 16th birthday.
 */
function under16Spells(ctx: Parameters<ComputeFn>[0]): { childId: string; start: number; end: number }[] {
  const cla = ctx.data.cla;
  const out: { childId: string; start: number; end: number }[] = [];
  const sixteenth = (child: PChild | undefined) => (child?.dob == null ? null : addMonthsToDay(child.dob, 16 * 12));
  const push = (childId: string, start: number, end: number, birthday: number | null) => {
    if (birthday === null) return;
    const e = Math.min(end, birthday);
    if (e > start) out.push({ childId, start, end: e });
  };
  for (const child of cla.children) {
    for (const ep of child.episodes) {
      if (!ep.shortBreak && UNREGULATED.has(ep.place)) push(child.id, ep.start, ep.end, sixteenth(child));
    }
  }
  for (const spell of unregisteredSpells(ctx.data.raw.placementRegister ?? [])) {
    push(spell.childId, spell.start, spell.end, sixteenth(cla.byId.get(spell.childId)));
  }
  return out;
}

/** cla-3plus-social-workers: looked after at the date with 3+ different social workers in the 12 months. */
export const cla3PlusSocialWorkers: ComputeFn = (ctx) => {
  const byChild = ctx.data.memo('sw-by-child', () => {
    const map = new Map<string, { worker: string; start: number; end: number }[]>();
    (ctx.data.raw.socialWorkerEpisodes ?? []).forEach((s, i) => {
      const list = map.get(s.childId) ?? [];
      list.push({
        worker: s.workerId.trim().toUpperCase(),
        start: dayOf(s.start, () => `socialWorkerEpisodes[${i}].start`),
        end: s.end ? dayOf(s.end, () => `socialWorkerEpisodes[${i}].end`) : OPEN,
      });
      map.set(s.childId, list);
    });
    return map;
  });
  const from = twelveMonthStartDay(ctx);
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay);
  const hits: string[] = [];
  for (const child of cohort) {
    const workers = new Set<string>();
    for (const s of byChild.get(child.id) ?? []) if (s.start <= ctx.endDay && s.end >= from) workers.add(s.worker);
    if (workers.size >= 3) hits.push(child.id);
  }
  return { main: percent(hits.length, cohort.length, hits) };
};

/** Review chains are generated up to this epoch day (1 January 2040). */
const CHAIN_HORIZON = 25_567;

const SGO = new Set(['E45', 'E46', 'E47', 'E48', 'E43', 'E44']);

/** exits-sgo-cao: children ceasing care in the period through an SGO or a CAO (latest exit per child). */
export const exitsSgoCao: ComputeFn = (ctx) => {
  const all = ctx.data.memo('cla-exits', () =>
    ctx.data.cla.children
      .flatMap((c) =>
        c.episodes
          .filter((ep) => !ep.shortBreak && ep.rec !== '' && ep.rec !== 'X1' && ep.end !== OPEN)
          .map((ep) => ({ child: c.id, end: ep.end, rec: ep.rec })),
      )
      .sort((a, b) => a.end - b.end),
  );
  // Latest exit in the period per child.
  const latest = new Map<string, string>();
  for (const e of between(all, (x) => x.end, ctx.startDay, ctx.endDay)) latest.set(e.child, e.rec);
  const exits = [...latest].map(([child, rec]) => ({ child, rec }));
  const sgo = exits.filter((e) => SGO.has(e.rec)).map((e) => e.child);
  const cao = exits.filter((e) => e.rec === 'E41').map((e) => e.child);
  return {
    main: percent(sgo.length + cao.length, exits.length, [...sgo, ...cao]),
    variants: { sgo: percent(sgo.length, exits.length, sgo), cao: percent(cao.length, exits.length, cao) },
  };
};

/** adoption-decision-to-match: mean months from the decision to adopt to the match, for children adopted in the period. */
export const adoptionDecisionToMatch: ComputeFn = (ctx) => {
  let total = 0;
  const ids: string[] = [];
  const notes: string[] = [];
  (ctx.data.raw.adoptions ?? []).forEach((a, i) => {
    let adopted: number | undefined;
    if (a.adoptionDate) adopted = dayOf(a.adoptionDate, () => `adoptions[${i}].adoptionDate`);
    else {
      const child = ctx.data.cla.byId.get(a.childId);
      const exit = child?.episodes.filter((e) => e.rec === 'E11' || e.rec === 'E12').at(-1);
      adopted = exit && exit.end !== OPEN ? exit.end : undefined;
    }
    if (adopted === undefined) {
      notes.push(`Adoption of ${a.childId} has no adoption date and no E11/E12 episode; left out.`);
      return;
    }
    if (!inPeriod(ctx, adopted)) return;
    const months =
      (dayOf(a.matchDate, () => `adoptions[${i}].matchDate`) -
        dayOf(a.decisionDate, () => `adoptions[${i}].decisionDate`)) /
      DAYS_PER_MONTH;
    total += months;
    ids.push(a.childId);
  });
  return { main: mean(total, ids.length, 'months', ids), notes: notes.length ? notes : undefined };
};

/** cla-reviews-on-time: reviews due in the period held by their due date (reg 33 timescales). */
export const claReviewsOnTime: ComputeFn = (ctx) => {
  const dues = ctx.data.memo('cla-review-dues', () => claReviewDues(ctx));
  let due = 0;
  let missed = 0;
  const onTime: string[] = [];
  for (const r of between(dues, (d) => d.due, ctx.startDay, ctx.endDay)) {
    // A review held after the period end was still outstanding at the end: late either way.
    due++;
    if (r.onTime) onTime.push(r.childId);
    if (r.held === null || r.held > ctx.endDay) missed++;
  }
  return {
    main: percent(onTime.length, due, onTime),
    breakdown: { 'due-not-held': count(missed) },
  };
};

/** Every CLA review due date, once per prepared data set, sorted by due day. */
function claReviewDues(ctx: Parameters<ComputeFn>[0]) {
  const reviewsByChild = new Map<string, { date: number; due: number | null }[]>();
  (ctx.data.raw.claReviews ?? []).forEach((r, i) => {
    const list = reviewsByChild.get(r.childId) ?? [];
    list.push({
      date: dayOf(r.date, () => `claReviews[${i}].date`),
      due: r.dueDate ? dayOf(r.dueDate, () => `claReviews[${i}].dueDate`) : null,
    });
    reviewsByChild.set(r.childId, list);
  });
  for (const list of reviewsByChild.values()) list.sort((a, b) => a.date - b.date);
  const horizon = CHAIN_HORIZON;
  const out: { childId: string; due: number; held: number | null; onTime: boolean }[] = [];
  for (const child of ctx.data.cla.children) {
    const reviews = reviewsByChild.get(child.id) ?? [];
    for (const period of periodsOfCare(child)) {
      const chain = reviewsDue(
        {
          start: period.start,
          end: period.end,
          reviews,
          firstDue: (s) => addWorkingDaysSafe(s, 20),
          nextDue: (date, held) => addMonthsToDay(date, held === 1 ? 3 : 6),
        },
        Number.NEGATIVE_INFINITY,
        horizon,
      );
      for (const r of chain) out.push({ childId: child.id, ...r });
    }
  }
  return out.sort((a, b) => a.due - b.due);
}

/** Periods of care of a child that include at least one non-short-break episode. */
export function periodsOfCare(child: PChild): { start: number; end: number }[] {
  const out: { start: number; end: number; real: boolean }[] = [];
  for (const ep of child.episodes) {
    const last = out.at(-1);
    if (last && last.start === ep.periodStart) {
      last.end = ep.end;
      last.real ||= !ep.shortBreak;
    } else out.push({ start: ep.periodStart, end: ep.end, real: !ep.shortBreak });
  }
  return out.filter((p) => p.real);
}

/** cla-review-participation: reviews in the period where the child participated (PN1–PN6), PN0 excluded. */
export const claReviewParticipation: ComputeFn = (ctx) => {
  const reviews = ctx.data.memo('cla-reviews-by-date', () =>
    (ctx.data.raw.claReviews ?? [])
      .map((r, i) => ({ day: dayOf(r.date, () => `claReviews[${i}].date`), r }))
      .sort((a, b) => a.day - b.day),
  );
  let denominator = 0;
  const hits: string[] = [];
  const byCode: Record<string, number> = {};
  for (const { r } of between(reviews, (x) => x.day, ctx.startDay, ctx.endDay)) {
    if (r.participation === 'PN0') continue;
    denominator++;
    byCode[r.participation] = (byCode[r.participation] ?? 0) + 1;
    if (/^PN[1-6]$/.test(r.participation)) hits.push(r.childId);
  }
  const breakdown: Record<string, Figure> = {};
  for (const [code, n] of Object.entries(byCode).sort()) breakdown[code] = percent(n, denominator);
  return { main: percent(hits.length, denominator, hits), breakdown };
};

function oc2ForYear(ctx: Parameters<ComputeFn>[0]) {
  const year = lastCompleteReportingYear(ctx.period.end);
  return { year, rows: (ctx.data.raw.oc2 ?? []).filter((r) => r.year === year) };
}

function ageAtYearEnd(ctx: Parameters<ComputeFn>[0], childId: string, dob: string | undefined, year: number) {
  const birth = dob ?? ctx.data.cla.byId.get(childId)?.dobIso;
  if (!birth) return null;
  const [by, bm] = birth.split('-').map(Number) as [number, number];
  // Age on 31 March of the collection year (a birthday in April–December has not yet come round).
  return bm > 3 ? year - by - 1 : year - by;
}

/** cla-health-assessments: OC2 cohort with an annual health assessment; dental, immunisations, development. */
export const claHealthAssessments: ComputeFn = (ctx) => {
  const { year, rows } = oc2ForYear(ctx);
  if (rows.length === 0) return { noData: `No OC2 rows for the year ending 31 March ${year}.` };
  const ids = (pick: (r: (typeof rows)[number]) => boolean | undefined) => rows.filter(pick).map((r) => r.childId);
  const under5 = rows.filter((r) => {
    const age = ageAtYearEnd(ctx, r.childId, r.dateOfBirth, year);
    return age !== null && age < 5;
  });
  const dev = under5.filter((r) => r.healthCheck).map((r) => r.childId);
  const health = ids((r) => r.healthAssessment);
  const teeth = ids((r) => r.teethCheck);
  const imms = ids((r) => r.immunisations);
  return {
    main: percent(health.length, rows.length, health),
    variants: {
      dental: percent(teeth.length, rows.length, teeth),
      immunisations: percent(imms.length, rows.length, imms),
      development: percent(dev.length, under5.length, dev),
    },
  };
};

/** cla-sdq-average: mean SDQ score of OC2 children aged 5–16 with a score; % with a score; % cause for concern. */
export const claSdqAverage: ComputeFn = (ctx) => {
  const { year, rows } = oc2ForYear(ctx);
  if (rows.length === 0) return { noData: `No OC2 rows for the year ending 31 March ${year}.` };
  let unknownAge = 0;
  const aged = rows.filter((r) => {
    const age = ageAtYearEnd(ctx, r.childId, r.dateOfBirth, year);
    if (age === null) unknownAge++;
    return age !== null && age >= 5 && age <= 16;
  });
  const scored = aged.filter((r) => typeof r.sdqScore === 'number');
  const total = scored.reduce((sum, r) => sum + r.sdqScore!, 0);
  const concern = scored.filter((r) => r.sdqScore! >= 17).map((r) => r.childId);
  const borderline = scored.filter((r) => r.sdqScore! >= 14 && r.sdqScore! <= 16).length;
  return {
    main: mean(
      total,
      scored.length,
      'score',
      scored.map((r) => r.childId),
    ),
    variants: {
      'with-score': percent(
        scored.length,
        aged.length,
        scored.map((r) => r.childId),
      ),
      'cause-for-concern': percent(concern.length, scored.length, concern),
    },
    breakdown: {
      normal: percent(scored.length - borderline - concern.length, scored.length),
      borderline: percent(borderline, scored.length),
    },
    notes: unknownAge ? [`${unknownAge} OC2 rows without a date of birth were left out.`] : undefined,
  };
};
