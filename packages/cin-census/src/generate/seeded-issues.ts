import { addDays, type IsoDate, toEpochDay, weekday } from '@waypoint/calendar';
import type { CensusChild, CensusEpisode, CensusYear } from './project.ts';
import type { Random } from './random.ts';

/** What a seeded issue may look at. */
export interface IssueContext {
  year: number;
  census: CensusYear;
  /** Open assessments that started before this date raise 8670Q. */
  assessmentQueryBefore: IsoDate;
  /** S47s awaiting an ICPC that started before this date raise 8675Q. */
  conferenceQueryBefore: IsoDate;
  random: Random;
}

/** One kind of realistic data-quality slip the generator can plant in a child, and the rule that catches it. */
export interface SeededIssue {
  rule: string;
  description: string;
  /** Collection end years whose rule pack has the rule. */
  years: { from: number; to?: number };
  /** Return-level rules that can fire as well when many children carry the slip. */
  alsoFlags?: readonly string[];
  /** Plants the slip in the child when it has a suitable record; false when it has none. */
  apply(child: CensusChild, ctx: IssueContext): boolean;
}

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The episode still open at the census date (the child's last), if any. */
function openEpisode(child: CensusChild): CensusEpisode | undefined {
  const last = child.episodes[child.episodes.length - 1];
  return last && last.closureDate === undefined && !last.nfa ? last : undefined;
}

/** The first item that passes `test`, starting at a random position (so slips land on varied records). */
function anyOf<T>(items: readonly T[], random: Random, test: (item: T) => boolean): T | undefined {
  const offset = items.length === 0 ? 0 : random.int(0, items.length - 1);
  for (let i = 0; i < items.length; i++) {
    const item = items[(offset + i) % items.length]!;
    if (test(item)) return item;
  }
  return undefined;
}

const allAssessments = (child: CensusChild) => child.episodes.flatMap((e) => e.assessments);

/** The slips the generator plants at `errorRate` (one per chosen child), each caught by one DfE rule. */
export const SEEDED_ISSUES: readonly SeededIssue[] = [
  {
    rule: '8670Q',
    description: 'an assessment still open at year end, started more than 45 working days before it',
    years: { from: 2023 },
    apply: (child, { census, assessmentQueryBefore }) => {
      const episode = openEpisode(child);
      const a = episode?.assessments[episode.assessments.length - 1];
      if (!a || a.authorised === undefined || a.start < census.start || a.start >= assessmentQueryBefore) return false;
      delete a.authorised;
      a.factors = [];
      return true;
    },
  },
  {
    rule: '8675Q',
    description: 'an S47 with no ICPC and not marked "not required", started more than 15 working days before year end',
    years: { from: 2023 },
    apply: (child, { census, conferenceQueryBefore }) => {
      const episode = openEpisode(child);
      const s = episode?.section47s[episode.section47s.length - 1];
      if (!s?.notRequired || s.start < census.start || s.start >= conferenceQueryBefore) return false;
      s.notRequired = false;
      return true;
    },
  },
  {
    rule: '8875',
    description: 'an ICPC (and the CP plan it started) recorded on the Saturday before it was held',
    years: { from: 2023 },
    apply: (child, { census, random }) => {
      for (const episode of child.episodes) {
        const s = anyOf(episode.section47s, random, (s) => {
          if (s.conference === undefined) return false;
          const saturday = previousSaturday(s.conference);
          if (saturday < s.start || saturday < episode.referralDate || saturday < census.start) return false;
          // Moving a plan start earlier must not make it overlap another plan (4016, 4017, 8940).
          return child.episodes.every(
            (e) =>
              e.cinPlans.every((p) => !overlaps(p, saturday, s.conference!)) &&
              e.cpPlans.every((p) => p.start === s.conference || !overlaps(p, saturday, s.conference!)),
          );
        });
        if (s) {
          const saturday = previousSaturday(s.conference!);
          for (const p of episode.cpPlans) if (p.start === s.conference) p.start = saturday;
          s.conference = saturday;
          return true;
        }
      }
      return false;
    },
  },
  {
    rule: '2885',
    description: 'a CP plan starting the day after its ICPC',
    years: { from: 2023 },
    apply: (child, { census, random }) => {
      const plans = child.episodes.flatMap((e) => e.cpPlans);
      const plan = anyOf(plans, random, (p) => p.start >= census.start && p.start < census.end);
      if (!plan) return false;
      plan.start = addDays(plan.start, 1);
      return true;
    },
  },
  {
    rule: '8730',
    description: 'NumberOfPreviousCPP not recorded',
    years: { from: 2023 },
    apply: (child, { random }) => {
      const plan = anyOf(
        child.episodes.flatMap((e) => e.cpPlans),
        random,
        () => true,
      );
      if (!plan) return false;
      plan.previousPlans = null;
      return true;
    },
  },
  {
    rule: '8945Q',
    description: 'the old physical abuse factor 18A instead of 18B/18C',
    years: { from: 2025 },
    apply: (child, { random }) => {
      const a = anyOf(allAssessments(child), random, (a) => a.factors.length > 0 && !a.factors.includes('21'));
      if (!a) return false;
      a.factors = [...a.factors.filter((f) => f !== '18B' && f !== '18C' && f !== '18A'), '18A'];
      return true;
    },
  },
  {
    rule: '1510',
    description: 'a UPN with the wrong check letter',
    years: { from: 2023 },
    apply: (child) => {
      if (child.upn === undefined) return false;
      const letter = CHECK_LETTERS.indexOf(child.upn[0]!);
      child.upn = CHECK_LETTERS[(letter + 1) % CHECK_LETTERS.length]! + child.upn.slice(1);
      return true;
    },
  },
  {
    rule: '4180',
    description: 'sex (gender before 2024/25) not recorded',
    years: { from: 2023 },
    alsoFlags: ['2886Q'],
    apply: (child) => {
      if (child.birthDate === undefined || child.sex === undefined) return false;
      delete child.sex;
      return true;
    },
  },
  {
    rule: '8610',
    description: 'no primary need on a referral that led to further action',
    years: { from: 2023 },
    apply: (child, { random }) => {
      const episode = anyOf(child.episodes, random, (e) => !e.nfa && e.primaryNeed !== undefined);
      if (!episode) return false;
      delete episode.primaryNeed;
      return true;
    },
  },
  {
    rule: '8805',
    description: 'a closure date without a reason for closure',
    years: { from: 2023 },
    apply: (child, { random }) => {
      const episode = anyOf(child.episodes, random, (e) => e.closureDate !== undefined && e.closureReason === 'RC7');
      if (!episode) return false;
      delete episode.closureReason;
      return true;
    },
  },
  {
    rule: '4220',
    description: 'an ethnicity code typed in lower case',
    years: { from: 2023 },
    apply: (child) => {
      child.ethnicity = child.ethnicity.toLowerCase();
      return true;
    },
  },
  {
    rule: '8897Q',
    description: 'a completed assessment with no factors',
    years: { from: 2023 },
    apply: (child, { census, random }) => {
      const a = anyOf(
        allAssessments(child),
        random,
        (a) => a.authorised !== undefined && a.authorised >= census.start && a.factors.length > 0,
      );
      if (!a) return false;
      a.factors = [];
      return true;
    },
  },
  {
    rule: '1103',
    description: 'an assessment dated before its referral',
    years: { from: 2023 },
    apply: (child, { census, random }) => {
      const episode = anyOf(child.episodes, random, (e) => {
        const first = e.assessments[0];
        return first?.authorised !== undefined && e.referralDate > addDays(census.start, 3);
      });
      if (!episode) return false;
      episode.assessments[0]!.start = addDays(episode.referralDate, -random.int(1, 3));
      return true;
    },
  },
];

/** True when a plan (open = no end) touches the days from `from` to `to`. */
function overlaps(plan: { start: IsoDate; end?: IsoDate }, from: IsoDate, to: IsoDate): boolean {
  return plan.start <= to && (plan.end === undefined || plan.end >= from);
}

function previousSaturday(date: IsoDate): IsoDate {
  const back = (weekday(toEpochDay(date)) + 1) % 7 || 7;
  return addDays(date, -back);
}

/** What the README and tests need to know about a kind of seeded issue. */
export interface SeededIssueInfo {
  /** The DfE rule that catches it. */
  rule: string;
  description: string;
  /** Return-level rules that may also fire when many children carry it. */
  alsoFlags: readonly string[];
}

/** The kinds of issue `errorRate` plants in files of collection year `year`, with the rule catching each. */
export function seededIssueCatalogue(year: number): SeededIssueInfo[] {
  return seededIssuesFor(year).map(({ rule, description, alsoFlags = [] }) => ({ rule, description, alsoFlags }));
}

/** The seeded issues whose rule is in the pack of collection year `year`. */
export function seededIssuesFor(year: number): SeededIssue[] {
  return SEEDED_ISSUES.filter((s) => year >= s.years.from && (s.years.to === undefined || year <= s.years.to));
}

/** Plants one slip in the child, chosen uniformly among the kinds that fit it; returns its rule, if any. */
export function seedIssue(child: CensusChild, issues: readonly SeededIssue[], ctx: IssueContext): string | undefined {
  const order = issues.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = ctx.random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) {
    const issue = issues[i]!;
    if (issue.apply(child, ctx)) return issue.rule;
  }
  return undefined;
}
