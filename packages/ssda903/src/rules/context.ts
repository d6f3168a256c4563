import type { TableName, Tables } from '../tables.ts';
import { dayOf } from './helpers.ts';
import type { ProviderIndex, RuleContext } from './rule.ts';

/** Inputs to one validation run. */
export interface RuleContextInput {
  year: number;
  current: Tables;
  previous?: Tables;
  providers?: ProviderIndex;
  laCode?: string;
  postcodesApplied?: boolean;
  /** Layout this year's return was read from (rules with the `xml` need run only for XML). */
  format?: 'csv' | 'xml';
}

/** A list of consecutive row indices `from` … `to - 1`, packed and exactly as long as it needs to be. */
function indexRun(from: number, to: number): number[] {
  switch (to - from) {
    case 1:
      return [from];
    case 2:
      return [from, from + 1];
    case 3:
      return [from, from + 1, from + 2];
    default: {
      const list: number[] = [];
      for (let k = from; k < to; k++) list.push(k);
      return list.slice();
    }
  }
}

/**
 * Row indices of a table by CHILD, in file order. A return's files list a child's rows together, so the rows are
 * taken in runs of the same CHILD: one map lookup and one exact-length list per run (these maps live for the whole
 * validation, one per table and year; lists grown by `push` would carry spare capacity). A child whose rows
 * are scattered over the file gets its runs joined.
 */
function groupByChild(rows: ReadonlyArray<{ CHILD: string }> | undefined): Map<string, number[]> {
  const map = new Map<string, number[]>();
  if (!rows) return map;
  const n = rows.length;
  let scattered = false;
  let i = 0;
  while (i < n) {
    const child = rows[i]!.CHILD;
    let j = i + 1;
    while (j < n && rows[j]!.CHILD === child) j++;
    const existing = map.get(child);
    if (existing === undefined) map.set(child, indexRun(i, j));
    else {
      for (let k = i; k < j; k++) existing.push(k);
      scattered = true;
    }
    i = j;
  }
  if (scattered) for (const [child, list] of map) map.set(child, list.slice());
  return map;
}

/**
 * Each child's Episodes rows sorted by DECOM (ISO dates sort as text; invalid or blank last), then file order.
 * Shares the `byChild` lists of the children whose rows are already in that order (nearly all are: a return lists
 * a child's episodes by date) and sorts a copy for the others.
 */
function sortEpisodes(tables: Tables, grouped: ReadonlyMap<string, number[]>): Map<string, number[]> {
  const episodes = tables.Episodes ?? [];
  // ISO dates sort as text; anything else (invalid or blank) goes last. Keys are worked out once per episode.
  const keys = episodes.map((e) => (dayOf(e.DECOM) === null ? '~' : e.DECOM));
  const out = new Map<string, number[]>();
  for (const [child, list] of grouped) {
    let ordered = true;
    for (let k = 1; k < list.length && ordered; k++) if (keys[list[k]!]! < keys[list[k - 1]!]!) ordered = false;
    if (ordered) {
      out.set(child, list);
      continue;
    }
    const sorted = [...list].sort((a, b) => {
      const ka = keys[a]!;
      const kb = keys[b]!;
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
    out.set(child, sorted);
  }
  return out;
}

/** Builds the shared, memoising context that every rule of one run receives. */
export function createRuleContext(input: RuleContextInput): RuleContext {
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as T;
    const value = compute();
    cache.set(key, value);
    return value;
  };
  const tablesOf = (which: 'current' | 'previous') => (which === 'current' ? input.current : (input.previous ?? {}));
  const byChild = (table: TableName, which: 'current' | 'previous' = 'current') =>
    memo(`byChild:${which}:${table}`, () =>
      groupByChild(tablesOf(which)[table] as ReadonlyArray<{ CHILD: string }> | undefined),
    );
  return {
    year: input.year,
    collectionStart: `${input.year - 1}-04-01`,
    collectionEnd: `${input.year}-03-31`,
    current: input.current,
    previous: input.previous,
    providers: input.providers,
    laCode: input.laCode,
    postcodesApplied: input.postcodesApplied ?? false,
    format: input.format,
    byChild,
    episodesByChild: (which: 'current' | 'previous' = 'current') =>
      memo(`episodesByChild:${which}`, () => sortEpisodes(tablesOf(which), byChild('Episodes', which))),
    memo,
  };
}
