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

function groupByChild(rows: ReadonlyArray<{ CHILD: string }> | undefined): Map<string, number[]> {
  const map = new Map<string, number[]>();
  if (!rows) return map;
  for (let i = 0; i < rows.length; i++) {
    const child = rows[i]!.CHILD;
    const list = map.get(child);
    if (list) list.push(i);
    else map.set(child, [i]);
  }
  return map;
}

function sortEpisodes(tables: Tables): Map<string, number[]> {
  const episodes = tables.Episodes ?? [];
  const grouped = groupByChild(episodes);
  // ISO dates sort as text; anything else (invalid or blank) goes last. Keys are worked out once per episode.
  const keys = episodes.map((e) => (dayOf(e.DECOM) === null ? '~' : e.DECOM));
  for (const list of grouped.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => {
      const ka = keys[a]!;
      const kb = keys[b]!;
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
  }
  return grouped;
}

/** Builds the shared, memoising context that every rule of one run receives. */
export function createRuleContext(input: RuleContextInput): RuleContext {
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute();
    cache.set(key, value);
    return value;
  };
  const tablesOf = (which: 'current' | 'previous') => (which === 'current' ? input.current : (input.previous ?? {}));
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
    byChild: (table: TableName, which: 'current' | 'previous' = 'current') =>
      memo(`byChild:${which}:${table}`, () =>
        groupByChild(tablesOf(which)[table] as ReadonlyArray<{ CHILD: string }> | undefined),
      ),
    episodesByChild: (which: 'current' | 'previous' = 'current') =>
      memo(`episodesByChild:${which}`, () => sortEpisodes(tablesOf(which))),
    memo,
  };
}
