/**
 * Sufficiency measures from local registers: unregistered provision (reconciled with the 903), foster
 * households and foster carer recruitment.
 */
import type { PlacementRegisterEntry } from '../records.ts';
import type { ComputeContext, ComputeFn } from '../types.ts';
import { episodeOn } from './cla-index.ts';
import { inPeriod, twelveMonthStartDay } from './common.ts';
import { dayOf, endDayOf, OPEN } from './dates.ts';
import { count, median, percent } from './figures.ts';

/** A stretch of time a child spent in an unregistered setting (from one register entry). */
export interface UnregisteredSpell {
  childId: string;
  placementId: string;
  start: number;
  end: number;
  ofstedNotified: number | null;
}

/** Splits register entries into unregistered spells, following status changes. */
export function unregisteredSpells(register: PlacementRegisterEntry[]): UnregisteredSpell[] {
  const out: UnregisteredSpell[] = [];
  register.forEach((r, i) => {
    const start = dayOf(r.start, () => `placementRegister[${i}].start`);
    const end = endDayOf(r.end, () => `placementRegister[${i}].end`);
    const changes = (r.statusChanges ?? [])
      .map((c, j) => ({
        day: dayOf(c.date, () => `placementRegister[${i}].statusChanges[${j}].date`),
        status: c.status,
      }))
      .sort((a, b) => a.day - b.day);
    const notified = r.ofstedNotified ? dayOf(r.ofstedNotified, () => `placementRegister[${i}].ofstedNotified`) : null;
    let status = r.registrationStatus;
    let from = start;
    for (const change of [...changes, { day: end, status: r.registrationStatus }]) {
      const to = Math.min(change.day, end);
      if (status === 'unregistered' && to > from) {
        out.push({ childId: r.childId, placementId: r.placementId, start: from, end: to, ofstedNotified: notified });
      }
      if (change.day >= end) break;
      from = Math.max(change.day, start);
      status = change.status;
    }
  });
  return out;
}

const REGISTRATION_REQUIRED = new Set(['K1', 'K2', 'K3', 'R3', 'S1']);

/**
 * unregistered-provision: children in an unregistered setting at the date (local placement register).
 * Companions (12 months to the date): spells started, child-days, longest stay, Ofsted notified within
 * 24 hours. Reconciliation: 903 episodes open at the date in a setting needing registration with no URN
 * that are not on the register as unregistered.
 */
export const unregisteredProvision: ComputeFn = (ctx) => {
  const spells = ctx.data.memo('unregistered-spells', () => unregisteredSpells(ctx.data.raw.placementRegister ?? []));
  const from = twelveMonthStartDay(ctx);
  const now = [...new Set(spells.filter((s) => s.start <= ctx.endDay && s.end > ctx.endDay).map((s) => s.childId))];
  const started = spells.filter((s) => s.start >= from && s.start <= ctx.endDay);
  let days = 0;
  let longest = 0;
  for (const s of spells) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end, ctx.endDay + 1);
    if (b > a) days += b - a;
    if (s.start <= ctx.endDay && s.end > from) longest = Math.max(longest, Math.min(s.end, ctx.endDay + 1) - s.start);
  }
  const notified = started.filter((s) => s.ofstedNotified !== null && s.ofstedNotified - s.start <= 1);
  const notes: string[] = [];
  const breakdown: Record<string, ReturnType<typeof count>> = {};
  if (ctx.data.raw.claEpisodes) {
    const onRegister = new Set(now);
    const candidates: string[] = [];
    for (const child of ctx.data.cla.children) {
      const ep = episodeOn(child, ctx.endDay);
      if (!ep || ep.shortBreak || !REGISTRATION_REQUIRED.has(ep.place) || onRegister.has(child.id)) continue;
      const urn = (ep.raw.urn ?? '').trim();
      if (urn === '') candidates.push(child.id);
    }
    breakdown['ssda903-no-urn-not-on-register'] = count(candidates.length, candidates);
    if (candidates.length) {
      notes.push(
        `903 episodes in settings that need registration but have no URN, not on the register as unregistered: ${candidates.join(', ')}.`,
      );
    }
  }
  return {
    main: count(now.length, now),
    variants: {
      started: count(
        started.length,
        started.map((s) => s.childId),
      ),
      'child-days': count(days),
      'longest-stay-days': { numerator: longest, denominator: null, value: longest, unit: 'days' },
      'ofsted-notified-24h': percent(notified.length, started.length),
    },
    breakdown,
    notes: notes.length ? notes : undefined,
  };
};

/** foster-households-net: in-house households approved minus deregistered in the period. */
export const fosterHouseholdsNet: ComputeFn = (ctx) => {
  let approved = 0;
  let deregistered = 0;
  let atEnd = 0;
  (ctx.data.raw.fosterHouseholds ?? []).forEach((h, i) => {
    const a = h.approvedDate ? dayOf(h.approvedDate, () => `fosterHouseholds[${i}].approvedDate`) : null;
    const d = endDayOf(h.deregisteredDate, () => `fosterHouseholds[${i}].deregisteredDate`);
    if (a !== null && inPeriod(ctx, a)) approved++;
    if (d !== OPEN && inPeriod(ctx, d)) deregistered++;
    if (a !== null && a <= ctx.endDay && d > ctx.endDay) atEnd++;
  });
  return {
    main: count(approved - deregistered),
    breakdown: { approved: count(approved), deregistered: count(deregistered), 'households-at-end': count(atEnd) },
  };
};

/** foster-recruitment-funnel: approvals in the period; enquiries, visits, applications; conversion; median weeks. */
export const fosterRecruitmentFunnel: ComputeFn = (ctx: ComputeContext) => {
  let enquiries = 0;
  let visits = 0;
  let applications = 0;
  let approvals = 0;
  const weeks: number[] = [];
  (ctx.data.raw.fosterEnquiries ?? []).forEach((e, i) => {
    const at = (iso: string | undefined, field: string) =>
      iso ? dayOf(iso, () => `fosterEnquiries[${i}].${field}`) : null;
    const enquiry = at(e.enquiryDate, 'enquiryDate');
    const visit = at(e.initialVisitDate, 'initialVisitDate');
    const application = at(e.applicationDate, 'applicationDate');
    const approval = at(e.approvalDate, 'approvalDate');
    if (enquiry !== null && inPeriod(ctx, enquiry)) enquiries++;
    if (visit !== null && inPeriod(ctx, visit)) visits++;
    if (application !== null && inPeriod(ctx, application)) applications++;
    if (approval !== null && inPeriod(ctx, approval)) {
      approvals++;
      if (application !== null) weeks.push((approval - application) / 7);
    }
  });
  const mid = median(weeks);
  return {
    main: count(approvals),
    variants: {
      enquiries: count(enquiries),
      'initial-visits': count(visits),
      applications: count(applications),
      'application-to-approval': percent(approvals, applications),
      'median-weeks': { numerator: mid ?? 0, denominator: weeks.length, value: mid, unit: 'weeks' },
    },
  };
};
