/**
 * Helpers shared by the rules for codes 400+ (DoLO 700–710, 1000+, 3001 and the social-worker rules).
 * Everything here is a pure function of the rule context; expensive groupings are memoised with `ctx.memo`.
 */
import type { EpisodeRow, TableName, Tables } from '../tables.ts';
import { eachRow } from './each-row.ts';
import { dayOf } from './helpers.ts';
import type { RowOf, RuleContext, RuleDefinition, RuleExample, RuleFlags, RuleSeverity } from './rule.ts';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function digit(value: string, at: number): number {
  const c = value.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/**
 * True when the value is a real ISO date `YYYY-MM-DD` (year 100 or later). Same answer as `isDate` in
 * helpers.ts, computed from the characters without building a Date — the 400+ rules call it millions of times.
 */
export function validDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const days =
    month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/**
 * Days since 1970-01-01 of a valid ISO date, or null when the value is not a real date. The arithmetic is
 * `dayOf` of helpers.ts (no string slicing: this is called millions of times on a national return).
 */
export function dayNumber(value: string): number | null {
  return validDate(value) ? dayOf(value) : null;
}

/** Equality in which a blank never equals anything (the reference validator compares missing values as unequal). */
export function sameFilled(a: string, b: string): boolean {
  return a !== '' && a === b;
}

/** This year's or last year's tables (an empty set of tables when last year's return was not supplied). */
export function tablesOf(ctx: RuleContext, which: 'current' | 'previous' = 'current'): Tables {
  return which === 'current' ? ctx.current : (ctx.previous ?? {});
}

/**
 * Each child's episode row indices sorted by DECOM, then DEC (invalid or blank dates last), then file order —
 * the order the reference validator uses when it sorts on both dates. Built from `ctx.episodesByChild()`, which is
 * already in DECOM order: only runs of equal DECOM are re-sorted.
 */
export function episodesByChildDecomDec(
  ctx: RuleContext,
  which: 'current' | 'previous' = 'current',
): ReadonlyMap<string, readonly number[]> {
  return ctx.memo(`400plus:episodesByChildDecomDec:${which}`, () => {
    const episodes = tablesOf(ctx, which).Episodes ?? [];
    const decKey = (i: number) => {
      const dec = episodes[i]!.DEC;
      return validDate(dec) ? dec : '~';
    };
    const decomKey = (i: number) => {
      const decom = episodes[i]!.DECOM;
      return validDate(decom) ? decom : '~';
    };
    const out = new Map<string, readonly number[]>();
    for (const [child, list] of ctx.episodesByChild(which)) {
      let sorted: number[] | null = null;
      for (let k = 1; k < list.length; k++) {
        if (decomKey(list[k]!) === decomKey(list[k - 1]!)) {
          sorted = [...list];
          break;
        }
      }
      if (sorted === null) {
        out.set(child, list);
        continue;
      }
      // Stable re-sort of each run of equal DECOM by DEC.
      let from = 0;
      while (from < sorted.length) {
        let to = from + 1;
        while (to < sorted.length && decomKey(sorted[to]!) === decomKey(sorted[from]!)) to++;
        if (to - from > 1) {
          const run = sorted.slice(from, to).sort((a, b) => {
            const ka = decKey(a);
            const kb = decKey(b);
            return ka < kb ? -1 : ka > kb ? 1 : a - b;
          });
          sorted.splice(from, to - from, ...run);
        }
        from = to;
      }
      out.set(child, sorted);
    }
    return out;
  });
}

/**
 * Calls `visit` for every pair of consecutive episodes of one child (sorted by DECOM, then file order).
 * `prev` is the episode before `cur`.
 */
export function forEachEpisodePair(
  ctx: RuleContext,
  visit: (prev: EpisodeRow, cur: EpisodeRow, prevIndex: number, curIndex: number) => void,
  which: 'current' | 'previous' = 'current',
): void {
  const episodes = tablesOf(ctx, which).Episodes ?? [];
  for (const list of ctx.episodesByChild(which).values()) {
    for (let k = 1; k < list.length; k++) {
      visit(episodes[list[k - 1]!]!, episodes[list[k]!]!, list[k - 1]!, list[k]!);
    }
  }
}

/** Set of children (this year or last) whose Header says UASC = 1, falling back to the UASC table when Header is absent. */
export function uascChildren(ctx: RuleContext, which: 'current' | 'previous'): ReadonlySet<string> {
  return ctx.memo(`400plus:uascChildren:${which}`, () => {
    const tables = tablesOf(ctx, which);
    const out = new Set<string>();
    if (tables.Header) {
      for (const h of tables.Header) if (h.UASC === '1') out.add(h.CHILD);
    } else if (tables.UASC) {
      for (const u of tables.UASC) if (u.SEX !== '' || u.DOB !== '' || u.DUC !== '') out.add(u.CHILD);
    }
    return out;
  });
}

/**
 * Each child's first episode (earliest valid DECOM; the earliest row in the file among ties). Children whose
 * episodes all have an invalid DECOM have none.
 */
export function firstEpisodeByChild(ctx: RuleContext, which: 'current' | 'previous' = 'current'): Map<string, number> {
  return ctx.memo(`400plus:firstEpisode:${which}`, () => {
    const episodes = tablesOf(ctx, which).Episodes ?? [];
    const out = new Map<string, number>();
    for (const [child, list] of ctx.episodesByChild(which)) {
      const first = list[0];
      if (first !== undefined && validDate(episodes[first]!.DECOM)) out.set(child, first);
    }
    return out;
  });
}

/**
 * Each child's last episode (latest valid DECOM; the earliest row in the file among ties, as the reference's
 * `idxmax` picks). Children whose episodes all have an invalid DECOM have none.
 */
export function lastEpisodeByChild(ctx: RuleContext, which: 'current' | 'previous' = 'current'): Map<string, number> {
  return ctx.memo(`400plus:lastEpisode:${which}`, () => {
    const episodes = tablesOf(ctx, which).Episodes ?? [];
    const out = new Map<string, number>();
    for (const [child, list] of ctx.byChild('Episodes', which)) {
      let best = -1;
      for (const i of list) {
        const d = episodes[i]!.DECOM;
        if (validDate(d) && (best < 0 || d > episodes[best]!.DECOM)) best = i;
      }
      if (best >= 0) out.set(child, best);
    }
    return out;
  });
}

/** A number from text, or null when blank or not numeric (the reference's `to_numeric(errors='coerce')`). */
export function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** This year's first episode of a child paired with the latest episode of the same child in last year's return. */
export interface YearBoundaryPair {
  /** Row of this year's first episode (earliest valid DECOM). */
  first: number;
  /** Row of last year's latest episode (latest valid DECOM). */
  last: number;
}

/** Every child's this-year-first / last-year-latest episode pair (children in both returns). Shared by 452, 453, 503A–J. */
export function yearBoundaryPairs(ctx: RuleContext): readonly YearBoundaryPair[] {
  return ctx.memo('400plus:yearBoundaryPairs', () => {
    const lastByChild = lastEpisodeByChild(ctx, 'previous');
    const out: YearBoundaryPair[] = [];
    for (const [child, first] of firstEpisodeByChild(ctx)) {
      const last = lastByChild.get(child);
      if (last !== undefined) out.push({ first, last });
    }
    return out;
  });
}

/**
 * Rows of this year's first episodes whose `differs(first, lastYearsLast)` is true, where last year's latest
 * episode was still open (blank or invalid DEC). The comparison behind rules 503A–503J.
 */
export function firstEpisodeDiffersFromOpenLast(
  ctx: RuleContext,
  differs: (first: EpisodeRow, last: EpisodeRow) => boolean,
): number[] {
  const episodes = ctx.current.Episodes ?? [];
  const previous = ctx.previous?.Episodes ?? [];
  const out: number[] = [];
  for (const { first, last } of yearBoundaryPairs(ctx)) {
    const lastRow = previous[last]!;
    if (!validDate(lastRow.DEC) && differs(episodes[first]!, lastRow)) out.push(first);
  }
  return out;
}

/** What a single-table, row-by-row rule needs to say. */
export interface RowRuleSpec<T extends TableName> {
  code: string;
  message: string;
  table: T;
  fields: readonly string[];
  years: RuleDefinition['years'];
  severity?: RuleSeverity;
  needs?: RuleDefinition['needs'];
  /** True when the row fails the rule. */
  fails: (row: RowOf<T>, ctx: RuleContext) => boolean;
  examples: readonly RuleExample[];
}

/** Builds a rule that flags each row of one table on its own values. */
export function rowRule<T extends TableName>(spec: RowRuleSpec<T>): RuleDefinition {
  const { table, fails, ...rest } = spec;
  return {
    ...rest,
    tables: [table],
    needsTables: [table],
    ...eachRow(table, fails),
  };
}

/**
 * Joins two tables of this year on CHILD and flags both rows of every pair for which `fails` is true
 * (the reference's merge-then-mask pattern, with each row reported once).
 */
export function flagJoinedByChild<A extends TableName, B extends TableName>(
  ctx: RuleContext,
  a: A,
  b: B,
  fails: (rowA: RowOf<A>, rowB: RowOf<B>) => boolean,
  flag: { a: boolean; b: boolean } = { a: true, b: true },
): RuleFlags {
  const rowsA = (ctx.current[a] ?? []) as ReadonlyArray<RowOf<A>>;
  const rowsB = (ctx.current[b] ?? []) as ReadonlyArray<RowOf<B>>;
  const bByChild = ctx.byChild(b);
  const outA: number[] = [];
  const outB: number[] = [];
  for (let i = 0; i < rowsA.length; i++) {
    const rowA = rowsA[i]!;
    for (const j of bByChild.get(rowA.CHILD) ?? []) {
      if (fails(rowA, rowsB[j]!)) {
        outA.push(i);
        outB.push(j);
      }
    }
  }
  const flags: RuleFlags = {};
  if (flag.a) flags[a] = outA;
  if (flag.b) flags[b] = outB;
  return flags;
}

/** A run of a child's episodes with no gap between one episode's end and the next one's start. */
export interface EpisodeRun {
  child: string;
  /** DECOM of the first episode. */
  start: string;
  /** DEC of the last episode as recorded (null when open or not a valid date). */
  end: string | null;
}

/**
 * A child's runs of episodes, as rules 577 and 578 of the reference build them: episodes with a valid DECOM,
 * sorted by DECOM; a new run starts when an episode starts after the previous episode's (valid) end date.
 * Computed on demand per child (only children with missing periods are asked for) and cached for the run.
 */
export function episodeRuns(ctx: RuleContext, child: string): readonly EpisodeRun[] {
  const cache = ctx.memo('400plus:episodeRuns', () => new Map<string, EpisodeRun[]>());
  const cached = cache.get(child);
  if (cached) return cached;
  const episodes = ctx.current.Episodes ?? [];
  const runs: EpisodeRun[] = [];
  let prevEnd: string | null = null;
  for (const i of ctx.episodesByChild().get(child) ?? []) {
    const e = episodes[i]!;
    if (!validDate(e.DECOM)) continue;
    const end = validDate(e.DEC) ? e.DEC : null;
    const current = runs[runs.length - 1];
    if (current === undefined || (prevEnd !== null && e.DECOM > prevEnd)) {
      runs.push({ child, start: e.DECOM, end });
    } else {
      current.end = end;
    }
    prevEnd = end;
  }
  cache.set(child, runs);
  return runs;
}

/**
 * The latest date a previous-permanence date can mean: a real date as is; `ZZ` for an unknown day means the
 * last day of the month, for an unknown month December, `ZZZZ` for an unknown year 2000. Null when invalid.
 * Deviation from the reference: for an unknown month with a known day the reference adds a year less a day to
 * 1 January (giving a date in the next January); Waypoint uses that day in December, the latest possible date.
 */
export function permanenceDate(value: string): string | null {
  if (validDate(value)) return value;
  const parts = value.split('/');
  if (parts.length !== 3 || !value.includes('ZZ')) return null;
  const [day, month, year] = parts as [string, string, string];
  if (!/^(\d{1,2}|ZZ)$/.test(day) || !/^(\d{1,2}|ZZ)$/.test(month) || !/^(\d{4}|ZZZZ)$/.test(year)) return null;
  const y = year === 'ZZZZ' ? 2000 : Number(year);
  const m = month === 'ZZ' ? 12 : Number(month);
  if (m < 1 || m > 12) return null;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = day === 'ZZ' ? lastDay : Number(day);
  if (d < 1 || d > lastDay) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Each child's social worker episode row indices sorted by SW_DECOM (invalid or blank last), then SW_DEC
 * (invalid or blank last) when `byEnd` is set, then file order.
 */
export function swEpisodesByChild(ctx: RuleContext, byEnd = false): ReadonlyMap<string, readonly number[]> {
  return ctx.memo(`400plus:swEpisodesByChild:${byEnd}`, () => {
    const rows = ctx.current.SWEpisodes ?? [];
    // Sort keys worked out once per row; a child's rows are nearly always in order already, and then the
    // grouping's own list is used as is (performance: this was one of the slowest groupings on a national return).
    const startKey: string[] = [];
    const endKey: string[] = [];
    for (const r of rows) {
      startKey.push(validDate(r.SW_DECOM) ? r.SW_DECOM : '~');
      endKey.push(byEnd && validDate(r.SW_DEC) ? r.SW_DEC : '~');
    }
    const compare = (a: number, b: number) => {
      const da = startKey[a]!;
      const db = startKey[b]!;
      if (da !== db) return da < db ? -1 : 1;
      if (byEnd) {
        const ea = endKey[a]!;
        const eb = endKey[b]!;
        if (ea !== eb) return ea < eb ? -1 : 1;
      }
      return a - b;
    };
    const out = new Map<string, readonly number[]>();
    for (const [child, list] of ctx.byChild('SWEpisodes')) {
      let ordered = true;
      for (let k = 1; k < list.length && ordered; k++) if (compare(list[k - 1]!, list[k]!) > 0) ordered = false;
      out.set(child, ordered ? list : [...list].sort(compare));
    }
    return out;
  });
}
