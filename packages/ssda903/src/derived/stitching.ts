import { addDays } from '@waypoint/calendar';
import { dayOf } from '../rules/helpers.ts';
import type { EpisodeRow } from '../tables.ts';

/** The Episodes fields multi-year stitching reads and repairs (a full `EpisodeRow` will do). */
export type StitchEpisode = Pick<
  EpisodeRow,
  | 'CHILD'
  | 'DECOM'
  | 'RNE'
  | 'LS'
  | 'CIN'
  | 'PLACE'
  | 'PLACE_PROVIDER'
  | 'DEC'
  | 'REC'
  | 'REASON_PLACE_CHANGE'
  | 'HOME_POST'
  | 'PL_POST'
  | 'URN'
>;

/** One authority's return for one collection year: its Episodes rows (ISO dates, as `readReturn` gives them). */
export interface StitchInput {
  /** Collection end year of the return (2026 = 2025/26). */
  year: number;
  episodes: readonly StitchEpisode[];
}

/**
 * Why a row was repaired or dropped. `SUPERSEDED`: the same episode (child and DECOM) is in a later return,
 * whose row is kept. The others are the rules of spec §8: RULE_3 (duplicate of the next or previous episode)
 * and RULE_3A (the previous episode came in a later return) drop an open episode; RULE_2 (no next episode:
 * ends 31 March, REC E99), RULE_1A (the next episode starts care again: ends the day before it or 31 March,
 * REC E99) and RULE_1 (ends when the next starts, REC X1) close one; RULE_4 (overlaps the next episode, which
 * came later) and RULE_5 (X1 with a gap before the next, which came later) move DEC to the next DECOM.
 */
export type StitchRule = 'SUPERSEDED' | 'RULE_1' | 'RULE_1A' | 'RULE_2' | 'RULE_3' | 'RULE_3A' | 'RULE_4' | 'RULE_5';

/** The fields stitching changes. */
export type StitchField = 'DEC' | 'REC' | 'REASON_PLACE_CHANGE';

/** One repair of one original row, with the rule that made it. */
export interface StitchFix {
  /** Return the row came from, and its 0-based row in that return's episodes. */
  year: number;
  row: number;
  child: string;
  decom: string;
  rule: StitchRule;
  /** `delete`: the row is left out of the stitched history; `update`: `changes` are applied. */
  action: 'delete' | 'update';
  changes: Partial<Record<StitchField, { from: string; to: string }>>;
}

/** A row of the stitched history: the original row's values with every fix applied, and where it came from. */
export interface StitchedEpisode {
  year: number;
  row: number;
  /** The row as stitched (a copy; the input is never changed). */
  episode: StitchEpisode;
  /** Rules that changed this row, in the order applied (empty for an untouched row). */
  rules: StitchRule[];
}

/** Result of stitching: the repaired history (an overlay on the original rows) and the list of repairs. */
export interface StitchResult {
  /** Rows kept, by child (first appearance) and date, with fixes applied. */
  episodes: StitchedEpisode[];
  /** Every repair and dropped row, in the order made. */
  fixes: StitchFix[];
}

/** Reason for a new episode that is a change of placement (for the LIIAF marker of RULE_1). */
const PLACEMENT_CHANGE: ReadonlySet<string> = new Set(['P', 'B', 'T', 'U']);

/** REASON_PLACE_CHANGE written by RULE_1 when the next episode is a placement change (LIIA's marker). */
export const STITCH_PLACE_CHANGE_MARKER = 'LIIAF';

/** REC written by RULE_1A and RULE_2: "ceased, reason not recorded" (never valid in a return). */
export const STITCH_CEASED_UNKNOWN = 'E99';

interface Row {
  year: number;
  row: number;
  original: StitchEpisode;
  episode: StitchEpisode;
  rules: StitchRule[];
}

const SAME_FIELDS = ['RNE', 'LS', 'PLACE', 'PLACE_PROVIDER', 'PL_POST', 'URN'] as const;

function duplicates(a: StitchEpisode, b: StitchEpisode): boolean {
  return a.DECOM !== b.DECOM && SAME_FIELDS.every((f) => a[f] === b[f]);
}

/**
 * Stitches one authority's Episodes from several years' returns into one history (spec §8, after the LIIA
 * episode fixes). Rows for the same child and DECOM in several returns are reduced to the latest return's
 * (`SUPERSEDED`). Stage 1 repairs each episode left open in a return that is not the latest: RULE_3, RULE_3A,
 * RULE_2, RULE_1A, RULE_1, checked in that order against the neighbouring episodes of the same child. Stage 2
 * then applies RULE_4 and RULE_5 where the next episode came from a later return. The input rows are not
 * changed: the result lists every fix with its rule, and the stitched rows. Rows without a real DECOM are
 * kept unchanged after the child's dated rows.
 */
export function stitchEpisodes(returns: readonly StitchInput[]): StitchResult {
  const fixes: StitchFix[] = [];
  const latestYear = Math.max(...returns.map((r) => r.year));
  const rowFix = (r: Row, rule: StitchRule, action: StitchFix['action'], changes: StitchFix['changes'] = {}) =>
    fixes.push({ year: r.year, row: r.row, child: r.original.CHILD, decom: r.original.DECOM, rule, action, changes });

  // Stage 0: one row per child and DECOM, from the latest return.
  const byKey = new Map<string, Row>();
  const undated: Row[] = [];
  const all: Row[] = [];
  for (const ret of returns) {
    ret.episodes.forEach((original, row) => {
      const r: Row = { year: ret.year, row, original, episode: { ...original }, rules: [] };
      all.push(r);
      if (dayOf(original.DECOM) === null) {
        undated.push(r);
        return;
      }
      const key = `${original.CHILD}\u0000${original.DECOM}`;
      const kept = byKey.get(key);
      if (!kept) byKey.set(key, r);
      else if (r.year >= kept.year) {
        rowFix(kept, 'SUPERSEDED', 'delete');
        byKey.set(key, r);
      } else rowFix(r, 'SUPERSEDED', 'delete');
    });
  }
  const byChild = new Map<string, Row[]>();
  for (const r of all) if (!byChild.has(r.original.CHILD)) byChild.set(r.original.CHILD, []);
  for (const r of byKey.values()) byChild.get(r.original.CHILD)!.push(r);
  for (const list of byChild.values()) list.sort((a, b) => (a.original.DECOM < b.original.DECOM ? -1 : 1));

  const out: StitchedEpisode[] = [];
  for (const [child, list] of byChild) {
    const kept = stageOne(list, latestYear, rowFix);
    stageTwo(kept, rowFix);
    for (const r of kept) out.push({ year: r.year, row: r.row, episode: r.episode, rules: r.rules });
    for (const r of undated) {
      if (r.original.CHILD === child) out.push({ year: r.year, row: r.row, episode: r.episode, rules: [] });
    }
  }
  return { episodes: out, fixes };
}

type RecordFix = (r: Row, rule: StitchRule, action: StitchFix['action'], changes?: StitchFix['changes']) => void;

function update(r: Row, rule: StitchRule, values: Partial<Record<StitchField, string>>, record: RecordFix): void {
  const changes: StitchFix['changes'] = {};
  for (const [field, to] of Object.entries(values) as Array<[StitchField, string]>) {
    const from = r.episode[field];
    if (from === to) continue;
    changes[field] = { from, to };
    r.episode[field] = to;
  }
  r.rules.push(rule);
  record(r, rule, 'update', changes);
}

/** Stage 1: episodes left open in a return that is not the latest. Neighbours are taken before any deletion. */
function stageOne(list: readonly Row[], latestYear: number, record: RecordFix): Row[] {
  const decisions = list.map((r, k): StitchRule | null => {
    const e = r.original;
    if (e.DEC !== '' || r.year === latestYear) return null;
    const prev = list[k - 1];
    const next = list[k + 1];
    if ((next && duplicates(e, next.original)) || (prev && duplicates(e, prev.original))) return 'RULE_3';
    if (prev && prev.year > r.year) return 'RULE_3A';
    if (!next) return 'RULE_2';
    if (next.original.RNE === 'S') return 'RULE_1A';
    return 'RULE_1';
  });
  const kept: Row[] = [];
  list.forEach((r, k) => {
    const rule = decisions[k];
    const next = list[k + 1]?.original;
    const yearEnd = `${r.year}-03-31`;
    if (rule === 'RULE_3' || rule === 'RULE_3A') {
      record(r, rule, 'delete');
      return;
    }
    if (rule === 'RULE_2') update(r, rule, { DEC: yearEnd, REC: STITCH_CEASED_UNKNOWN }, record);
    else if (rule === 'RULE_1A') {
      const dayBefore = addDays(next!.DECOM, -1);
      update(r, rule, { DEC: dayBefore < yearEnd ? dayBefore : yearEnd, REC: STITCH_CEASED_UNKNOWN }, record);
    } else if (rule === 'RULE_1') {
      const values: Partial<Record<StitchField, string>> = { DEC: next!.DECOM, REC: 'X1' };
      if (PLACEMENT_CHANGE.has(next!.RNE)) values.REASON_PLACE_CHANGE = STITCH_PLACE_CHANGE_MARKER;
      update(r, rule, values, record);
    }
    kept.push(r);
  });
  return kept;
}

/** Stage 2: an episode followed by one from a later return that overlaps it, or an X1 end with a gap before it. */
function stageTwo(list: readonly Row[], record: RecordFix): void {
  const rules = list.map((r, k): StitchRule | null => {
    const next = list[k + 1];
    if (!next || r.year >= next.year || dayOf(r.episode.DEC) === null) return null;
    if (r.episode.DEC > next.episode.DECOM) return 'RULE_4';
    if (r.episode.DEC < next.episode.DECOM && r.episode.REC === 'X1') return 'RULE_5';
    return null;
  });
  list.forEach((r, k) => {
    const rule = rules[k];
    if (rule) update(r, rule, { DEC: list[k + 1]!.episode.DECOM }, record);
  });
}
