/**
 * Case audits (P1, P2): about 36 a month across themes, about a quarter moderated. Good or better:
 * 25% in Oct 2025–Mar 2026 rising to 33% in Apr–Jun 2026; assessment audits 22%; supervision audits 35%.
 */
import type { AuditAction, CaseAudit, Grade } from '@waypoint/measures';
import { ageOnDay, type GenContext, lookedAfterOn } from './context.ts';
import type { Rng } from './random.ts';
import { DEMO_LEADERS } from './teams.ts';
import { curve, iso, type MonthWindow, onOrNextWorkingDay, Quota } from './timeline.ts';
import type { WorkforceModel } from './workforce.ts';

/** Share of all audits graded good or better. */
export const AUDITS_GOOD_STORY = curve([
  ['2023-04-15', 0.32],
  ['2024-04-15', 0.29],
  ['2025-04-15', 0.27],
  ['2025-09-15', 0.26],
  ['2025-10-01', 0.25],
  ['2026-03-31', 0.25],
  ['2026-04-01', 0.33],
  ['2026-07-15', 0.35],
]);
/** Share of assessment audits graded good or better. */
export const ASSESSMENT_AUDITS_GOOD_STORY = curve([
  ['2023-04-15', 0.27],
  ['2025-03-31', 0.24],
  ['2025-04-01', 0.22],
]);
/** Share of supervision audits graded good or better. */
export const SUPERVISION_AUDITS_GOOD_STORY = curve([
  ['2023-04-15', 0.38],
  ['2025-03-31', 0.36],
  ['2025-04-01', 0.35],
]);

/** Audits a month by theme (36 in all). */
const THEMES: Record<string, number> = {
  assessment: 9,
  neglect: 5,
  cp: 5,
  cla: 6,
  court: 3,
  '16plus': 3,
  supervision: 5,
};

const THEME_TEAMS: Record<string, string[]> = {
  assessment: ['assessment-north', 'assessment-south'],
  neglect: ['family-safeguarding-east', 'family-safeguarding-west'],
  cp: ['family-safeguarding-east', 'family-safeguarding-west'],
  cla: ['children-in-care'],
  court: ['court-permanence'],
  '16plus': ['leaving-care'],
};

interface Draft {
  day: number;
  theme: string;
  good: boolean;
}

/** Generates case audits from the first local-record month to today. */
export function generateCaseAudits(ctx: GenContext, workforce: WorkforceModel): CaseAudit[] {
  const rng = ctx.rng('case-audits');
  const { tl } = ctx;
  const quotas = { all: new Quota(), assessment: new Quota(), supervision: new Quota() };
  const drafts: Draft[] = [];
  for (const month of tl.months()) drafts.push(...monthDrafts(ctx, month, quotas, rng));
  drafts.sort((a, b) => a.day - b.day);
  const index = buildIndex(ctx, workforce);
  const audits = drafts.map((draft, i) => toAudit(ctx, index, draft, i, rng));
  // §8.3: the long neglect plan of the KF183310 siblings, graded inadequate for over-optimism.
  const story = tl.at('2026-02-10');
  if (story <= tl.today) {
    audits.push({
      auditId: `CA${String(audits.length + 1).padStart(6, '0')}`,
      childId: 'KF183310',
      team: 'family-safeguarding-east',
      auditorId: DEMO_LEADERS.quality.workerId,
      date: iso(story),
      theme: 'neglect',
      grade: 'inadequate',
      moderatedGrade: 'inadequate',
      actions: [{ dueDate: iso(story + 21), completedDate: iso(story + 17) }],
    });
  }
  return audits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function monthDrafts(
  ctx: GenContext,
  month: MonthWindow,
  quotas: { all: Quota; assessment: Quota; supervision: Quota },
  rng: Rng,
): Draft[] {
  const story = ctx.tl.storyDay(month.end);
  const share = (month.end - month.start + 1) / 30.4;
  const counts = Object.fromEntries(
    Object.entries(THEMES).map(([t, n]) => [t, Math.max(1, Math.round(n * Math.min(1, share)))]),
  );
  const total = Object.values(counts).reduce((s, v) => s + v, 0);
  const allGood = quotas.all.take(AUDITS_GOOD_STORY(story) * total);
  const aGood = Math.min(
    counts.assessment!,
    quotas.assessment.take(ASSESSMENT_AUDITS_GOOD_STORY(story) * counts.assessment!),
  );
  const sGood = Math.min(
    counts.supervision!,
    quotas.supervision.take(SUPERVISION_AUDITS_GOOD_STORY(story) * counts.supervision!),
  );
  const others = Object.keys(counts).filter((t) => t !== 'assessment' && t !== 'supervision');
  const otherSlots = rng.shuffle(others.flatMap((t) => Array.from({ length: counts[t]! }, () => t)));
  const oGood = Math.max(0, Math.min(otherSlots.length, allGood - aGood - sGood));
  const out: Draft[] = [];
  const day = () => onOrNextWorkingDay(rng.int(month.start, month.end));
  for (let i = 0; i < counts.assessment!; i++) out.push({ day: day(), theme: 'assessment', good: i < aGood });
  for (let i = 0; i < counts.supervision!; i++) out.push({ day: day(), theme: 'supervision', good: i < sGood });
  otherSlots.forEach((theme, i) => {
    out.push({ day: day(), theme, good: i < oGood });
  });
  return out.map((d) => ({ ...d, day: Math.min(d.day, ctx.tl.today) }));
}

const BETTER: Grade[] = ['good', 'good', 'good', 'good', 'good', 'outstanding'];
const WORSE: Grade[] = ['requires-improvement', 'requires-improvement', 'requires-improvement', 'inadequate'];
const NEIGHBOUR: Record<Grade, Grade> = {
  outstanding: 'good',
  good: 'requires-improvement',
  'requires-improvement': 'good',
  inadequate: 'requires-improvement',
};

function toAudit(ctx: GenContext, index: AuditIndex, draft: Draft, i: number, rng: Rng): CaseAudit {
  const effective = rng.pick(draft.good ? BETTER : WORSE);
  const moderated = rng.chance(0.25);
  const grade = moderated && rng.chance(0.3) ? NEIGHBOUR[effective] : effective;
  const subject = subjectFor(ctx, index, draft, rng);
  const audit: CaseAudit = {
    auditId: `CA${String(i + 1).padStart(6, '0')}`,
    ...(subject.childId ? { childId: subject.childId } : {}),
    team: subject.team,
    auditorId: auditorFor(index, draft, rng),
    date: iso(draft.day),
    theme: draft.theme,
    grade,
    ...(moderated ? { moderatedGrade: effective } : {}),
    actions: actionsFor(ctx, draft.day, rng),
  };
  return audit;
}

/** Look-ups built once: assessments by authorisation day and the workforce month of a day. */
interface AuditIndex {
  authorised: { day: number; childId: string }[];
  monthOf(day: number): WorkforceModel['months'][number] | undefined;
  auditorsOf: Map<number, string[]>;
}

function buildIndex(ctx: GenContext, workforce: WorkforceModel): AuditIndex {
  const authorised = ctx.cin
    .flatMap((e) =>
      e.assessments.filter((a) => a.authorised !== null).map((a) => ({ day: a.authorised!, childId: e.childId })),
    )
    .sort((a, b) => a.day - b.day);
  const auditorsOf = new Map(
    workforce.months.map((m) => [
      m.day,
      m.rows.filter((r) => r.role === 'auditor' || r.role === 'iro').map((r) => r.workerId),
    ]),
  );
  const monthOf = (day: number) =>
    workforce.months.find((m) => m.day >= day) ?? workforce.months[workforce.months.length - 1];
  return { authorised, monthOf, auditorsOf };
}

function subjectFor(ctx: GenContext, index: AuditIndex, draft: Draft, rng: Rng): { childId?: string; team: string } {
  const day = draft.day;
  const teamFor = (theme: string) => rng.pick(THEME_TEAMS[theme] ?? ['children-in-care']);
  const pick = <T>(items: T[]): T | undefined => (items.length ? rng.pick(items) : undefined);
  switch (draft.theme) {
    case 'assessment': {
      let lo = 0;
      let hi = index.authorised.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (index.authorised[mid]!.day <= day - 90) lo = mid + 1;
        else hi = mid;
      }
      const recent: string[] = [];
      for (let i = lo; i < index.authorised.length && index.authorised[i]!.day <= day; i++)
        recent.push(index.authorised[i]!.childId);
      const childId = pick(recent);
      return { ...(childId ? { childId } : {}), team: teamFor('assessment') };
    }
    case 'neglect':
    case 'cp': {
      const p = pick(
        ctx.plans.filter((x) => x.start <= day && x.end > day && (draft.theme === 'cp' || x.category === 'NEG')),
      );
      return { ...(p ? { childId: p.childId } : {}), team: teamFor(draft.theme) };
    }
    case 'cla':
    case 'court': {
      const c = pick(
        ctx.children.filter(
          (x) =>
            lookedAfterOn(x, day) &&
            (draft.theme === 'cla' || x.periods.some((p) => p.start <= day && p.start > day - 365)),
        ),
      );
      return { ...(c ? { childId: c.id } : {}), team: teamFor(draft.theme) };
    }
    case '16plus': {
      const c = pick(ctx.children.filter((x) => lookedAfterOn(x, day) && ageOnDay(x.dob, day) >= 16));
      return { ...(c ? { childId: c.id } : {}), team: 'leaving-care' };
    }
    default: {
      const month = index.monthOf(day);
      const row = month ? pick(month.rows.filter((r) => r.kind !== 'vacancy' && r.team)) : undefined;
      return { team: row?.team ?? 'front-door' };
    }
  }
}

function auditorFor(index: AuditIndex, draft: Draft, rng: Rng): string {
  if (draft.theme === 'supervision' && rng.chance(0.4)) return DEMO_LEADERS.psw.workerId;
  const month = index.monthOf(draft.day);
  const auditors = (month && index.auditorsOf.get(month.day)) ?? [];
  return auditors.length && rng.chance(0.9) ? rng.pick(auditors) : DEMO_LEADERS.quality.workerId;
}

function actionsFor(ctx: GenContext, day: number, rng: Rng): AuditAction[] {
  const today = ctx.tl.today;
  return Array.from({ length: rng.int(1, 3) }, () => {
    const due = day + rng.int(14, 42);
    const action: AuditAction = { dueDate: iso(due) };
    const r = rng.next();
    if (due <= today) {
      if (r < 0.62) action.completedDate = iso(rng.int(day + 3, due));
      else if (r < 0.85) action.completedDate = iso(Math.min(today, due + rng.int(1, 30)));
    } else if (r < 0.4 && day + 3 <= today) action.completedDate = iso(rng.int(day + 3, today));
    return action;
  });
}
