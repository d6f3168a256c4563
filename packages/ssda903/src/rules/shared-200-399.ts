/**
 * Helpers and code lists shared by the rules for codes 200–399. Everything is a pure function of the rule
 * context; groupings that several rules need are memoised with `ctx.memo` so a run makes one pass per table.
 */
import type { TableName, Tables } from '../tables.ts';
import { addYears, dayOf, isDate } from './helpers.ts';
import type { ProviderRecord, RuleContext } from './rule.ts';

/** Temporary placement types (T0–T4). */
export const TEMPORARY_PLACEMENTS: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/** Legal statuses of short-break (respite) care: V3 and V4. */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

/** The URN recorded when a placement has a URN that is not an Ofsted URN. */
export const NON_OFSTED_URN = 'XXXXXXX';

/** Placement types that need no Ofsted URN (rule 218), by collection end year. */
export function urnExemptPlacements(year: number): ReadonlySet<string> {
  const common = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4'];
  if (year <= 2024) return new Set([...common, 'H5', 'P2', 'Z1']);
  if (year === 2025) return new Set([...common, 'Z1']);
  return new Set([...common, 'Z11', 'Z12', 'Z13', 'Z14']);
}

/** Placement types that must not carry an Ofsted URN other than `XXXXXXX` (rule 222), by collection end year. */
export function urnForbiddenPlacements(year: number): ReadonlySet<string> {
  const common = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4'];
  if (year <= 2024) return new Set([...common, 'P2', 'Z1']);
  if (year === 2025) return new Set([...common, 'Z1']);
  return new Set([...common, 'Z11', 'Z12', 'Z13', 'Z14']);
}

/** The value when it is a real date, else null (the reference validator's "coerce to NaT"). */
export function dateOrNull(value: string): string | null {
  return isDate(value) ? value : null;
}

/** True when a URN is given and is a real Ofsted URN (not blank, not `XXXXXXX`). */
export function isOfstedUrn(urn: string): boolean {
  return urn !== '' && urn !== NON_OFSTED_URN;
}

/** The provider record for an episode's URN, when the URN is an Ofsted URN and on the provider lists. */
export function providerFor(ctx: RuleContext, urn: string): ProviderRecord | undefined {
  return ctx.providers?.get(urn);
}

/** This year's or last year's tables (an empty set of tables when last year's return was not supplied). */
export function tablesFor(ctx: RuleContext, which: 'current' | 'previous'): Tables {
  return which === 'current' ? ctx.current : (ctx.previous ?? {});
}

/**
 * A lookup of one table's row indices by child (an empty list when the child or the table is absent). Fetch it
 * once per rule and call it per row: the grouping itself is memoised for the whole run.
 */
export function childRows(
  ctx: RuleContext,
  table: TableName,
  which: 'current' | 'previous' = 'current',
): (child: string) => readonly number[] {
  const map = ctx.byChild(table, which);
  return (child) => map.get(child) ?? NO_ROWS;
}

const NO_ROWS: readonly number[] = [];

/**
 * Children flagged UASC in this year's or last year's Header (derived `UASC` = '1'). Used by the distance and
 * postcode checks (392a, 392b), which exempt current and former UASC.
 */
export function uascThisOrLastYear(ctx: RuleContext): ReadonlySet<string> {
  return ctx.memo('200-399:uascThisOrLastYear', () => {
    const out = new Set<string>();
    for (const tables of [ctx.current, ctx.previous ?? {}]) {
      for (const header of tables.Header ?? []) if (header.UASC === '1') out.add(header.CHILD);
    }
    return out;
  });
}

/**
 * Checks a placement's age floor (rules 370–374): flags episodes of `place` that started before the child's
 * birthday `years`. The child must be in Header, and DECOM and DOB must be real dates.
 */
export function placedUnderAge(ctx: RuleContext, place: string, years: number): number[] {
  const episodes = ctx.current.Episodes ?? [];
  const header = ctx.current.Header ?? [];
  const headerRows = childRows(ctx, 'Header');
  const out: number[] = [];
  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i]!;
    if (episode.PLACE !== place || !isDate(episode.DECOM)) continue;
    for (const h of headerRows(episode.CHILD)) {
      const dob = header[h]!.DOB;
      if (isDate(dob) && episode.DECOM < addYears(dob, years)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/**
 * Checks a temporary placement's maximum length (rules 375, 376, 379): flags ended episodes of `place` whose
 * DEC is more than `days` days after DECOM. As in the reference, the child must be in Header with a valid DOB.
 */
export function placementLongerThan(ctx: RuleContext, place: string, days: number): number[] {
  const episodes = ctx.current.Episodes ?? [];
  const header = ctx.current.Header ?? [];
  const headerRows = childRows(ctx, 'Header');
  const out: number[] = [];
  for (let i = 0; i < episodes.length; i++) {
    const episode = episodes[i]!;
    if (episode.PLACE !== place || !isDate(episode.DECOM) || !isDate(episode.DEC)) continue;
    const hasDob = headerRows(episode.CHILD).some((h) => isDate(header[h]!.DOB));
    if (hasDob && daysFrom(episode.DECOM, episode.DEC) > days) out.push(i);
  }
  return out;
}

/**
 * Children with at least one episode of each legal status, this year. Lets the legal-status duration rules
 * (361–364) visit only the few children concerned instead of every child.
 */
export function childrenByLegalStatus(ctx: RuleContext): ReadonlyMap<string, ReadonlySet<string>> {
  return ctx.memo('200-399:childrenByLegalStatus', () => {
    const out = new Map<string, Set<string>>();
    for (const e of ctx.current.Episodes ?? []) {
      let children = out.get(e.LS);
      if (!children) {
        children = new Set();
        out.set(e.LS, children);
      }
      children.add(e.CHILD);
    }
    return out;
  });
}

/** The sorted episode lists (DECOM order) of the children who have an episode with legal status `ls`. */
function episodeListsWithStatus(ctx: RuleContext, ls: string): Array<readonly number[]> {
  const sorted = ctx.episodesByChild();
  const out: Array<readonly number[]> = [];
  for (const child of childrenByLegalStatus(ctx).get(ls) ?? []) {
    const list = sorted.get(child);
    if (list) out.push(list);
  }
  return out;
}

/**
 * Flags every episode of a run of consecutive same-legal-status episodes lasting longer than `maxDays`
 * (rules 361, 362). Within each child (episodes sorted by DECOM) an episode with legal status `ls` joins the
 * run of the episode before it when that one also has status `ls` and ends (DEC, or the collection end when
 * DEC is blank or unreadable) on the day this one starts. A run lasts from its earliest DECOM to its latest end.
 *
 * Deviation from the reference: the reference links an `ls` episode to the previous `ls` episode whenever that
 * one flows into whatever episode follows it, so spells separated by another legal status are joined; Waypoint
 * joins only back-to-back `ls` episodes (no difference on the public fake return).
 */
export function legalStatusRunsLongerThan(ctx: RuleContext, ls: string, maxDays: number): number[] {
  const episodes = ctx.current.Episodes ?? [];
  // The reference fills every missing or unreadable DEC with the collection end before comparing.
  const endOf = (dec: string): string => dateOrNull(dec) ?? ctx.collectionEnd;
  const out: number[] = [];
  for (const list of episodeListsWithStatus(ctx, ls)) {
    let run: number[] = [];
    let runStart: string | null = null;
    let runEnd: string | null = null;
    let previousFlowed = false;
    const close = () => {
      if (runStart !== null && runEnd !== null && daysFrom(runStart, runEnd) > maxDays) {
        out.push(...run);
      }
      run = [];
      runStart = null;
      runEnd = null;
    };
    for (let k = 0; k < list.length; k++) {
      const episode = episodes[list[k]!]!;
      if (episode.LS !== ls) continue;
      if (!previousFlowed) close();
      run.push(list[k]!);
      const start = dateOrNull(episode.DECOM);
      if (start !== null && (runStart === null || start < runStart)) runStart = start;
      const end = endOf(episode.DEC);
      if (runEnd === null || end > runEnd) runEnd = end;
      const next = k + 1 < list.length ? episodes[list[k + 1]!]! : undefined;
      previousFlowed = next !== undefined && next.LS === ls && end === next.DECOM;
    }
    close();
  }
  return out;
}

/**
 * Flags every episode of a period of same-legal-status episodes whose summed length exceeds `maxDays`
 * (rules 363, 364). The child's episodes with legal status `ls` and a valid DECOM are taken in DECOM order;
 * an episode starting after the previous one ended begins a new period. Open episodes end at the collection
 * end; an episode with an unreadable end date adds nothing to the total.
 */
export function legalStatusPeriodsLongerThan(ctx: RuleContext, ls: string, maxDays: number): number[] {
  const episodes = ctx.current.Episodes ?? [];
  const out: number[] = [];
  for (const list of episodeListsWithStatus(ctx, ls)) {
    let period: number[] = [];
    let total = 0;
    let previousEnd: string | null = null;
    const close = () => {
      if (total > maxDays) out.push(...period);
      period = [];
      total = 0;
    };
    for (const i of list) {
      const episode = episodes[i]!;
      if (episode.LS !== ls || !isDate(episode.DECOM)) continue;
      if (period.length > 0 && previousEnd !== null && episode.DECOM > previousEnd) close();
      const end = episode.DEC === '' ? ctx.collectionEnd : dateOrNull(episode.DEC);
      period.push(i);
      if (end !== null) total += daysFrom(episode.DECOM, end);
      previousEnd = end;
    }
    close();
  }
  return out;
}

/** Whole days from one valid ISO date to another. */
export function daysFrom(from: string, to: string): number {
  return (dayOf(to) ?? 0) - (dayOf(from) ?? 0);
}

/**
 * One year's UASC status per child, as the UASC-history rules (205A–205D) read it: the derived Header `UASC`
 * when that year's Header was supplied, otherwise '1' for each child whose UASC row has SEX or DUC filled.
 */
export function uascStatusByChild(ctx: RuleContext, which: 'current' | 'previous'): ReadonlyMap<string, string> {
  return ctx.memo(`200-399:uascStatusByChild:${which}`, () => {
    const tables = tablesFor(ctx, which);
    const out = new Map<string, string>();
    if (tables.Header) {
      for (const row of tables.Header) if (!out.has(row.CHILD)) out.set(row.CHILD, row.UASC);
    } else {
      for (const row of tables.UASC ?? []) {
        const status = row.SEX !== '' || row.DUC !== '' ? '1' : '0';
        if (out.get(row.CHILD) !== '1') out.set(row.CHILD, status);
      }
    }
    return out;
  });
}

/** The later of two ISO dates. */
export function laterDate(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

/** The earlier of two ISO dates. */
export function earlierDate(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}
