/**
 * Deliberate errors for a generated return: a chosen share of the children get one mistake each, of a kind
 * that makes a known rule fail, so a validation demo has a short, predictable list of issues.
 */
import { TABLE_COLUMNS, type TableName } from '../tables.ts';
import type { Random } from './random.ts';
import type { YearRows } from './render.ts';

/** One deliberate error: the child, what was changed, and the rules expected to flag it. */
export interface InjectedIssue {
  child: string;
  kind: string;
  table: TableName;
  /** 0-based row of the table in this year's return. */
  row: number;
  field: string;
  value: string;
  /** Rule codes expected to report the change. */
  rules: string[];
}

interface ErrorKind {
  kind: string;
  table: TableName;
  field: string;
  value: string;
  rules: string[];
  /** Whether a row of the child can take this error. */
  applies: (
    row: readonly string[],
    col: (field: string) => number,
    context: { inPrevious: boolean; year: number },
  ) => boolean;
}

const KINDS: readonly ErrorKind[] = [
  {
    kind: 'review-participation',
    table: 'Reviews',
    field: 'REVIEW_CODE',
    value: 'PN9',
    rules: ['167'],
    applies: () => true,
  },
  { kind: 'missing-type', table: 'Missing', field: 'MISSING', value: 'X', rules: ['1006'], applies: () => true },
  {
    kind: 'social-worker-id',
    table: 'SWEpisodes',
    field: 'SW_ID',
    value: '12345',
    rules: ['SW02STG1'],
    applies: () => true,
  },
  {
    kind: 'care-leaver-accommodation',
    table: 'OC3',
    field: 'ACCOM',
    value: 'S1',
    rules: ['133'],
    applies: (row, col) => row[col('IN_TOUCH')] === 'YES',
  },
  {
    kind: 'reason-for-placement-change',
    table: 'Episodes',
    field: 'REASON_PLACE_CHANGE',
    value: 'MOVED',
    rules: ['1009'],
    applies: (row, col) => row[col('REASON_PLACE_CHANGE')] !== '',
  },
  {
    kind: 'sdq-score',
    table: 'OC2',
    field: 'SDQ_SCORE',
    value: '45',
    rules: ['180'],
    applies: (row, col) => row[col('SDQ_SCORE')] !== '',
  },
  {
    kind: 'sex-unknown',
    table: 'Header',
    field: 'SEX',
    value: 'U',
    rules: ['232'],
    applies: (row, col, c) => c.year >= 2025 && !c.inPrevious && row[col('MOTHER')] === '',
  },
  {
    kind: 'urn-missing',
    table: 'Episodes',
    field: 'URN',
    value: '',
    rules: ['218'],
    applies: (row, col) => row[col('PLACE')] === 'K2' && row[col('RNE')] !== 'S' && row[col('URN')] !== '',
  },
];

const ETHNIC_FALLBACK: ErrorKind = {
  kind: 'ethnicity',
  table: 'Header',
  field: 'ETHNIC',
  value: 'WXYZ',
  rules: ['103'],
  applies: () => true,
};

/**
 * Gives `count` children of this year's return one error each (chosen with `rng`), changing `rows` in place.
 * `previousChildren` are the children in last year's return (an error there would also break the year-on-year
 * rules, so those are avoided or listed).
 */
export function injectErrors(
  rows: YearRows,
  year: number,
  count: number,
  previousChildren: ReadonlySet<string>,
  rng: Random,
): InjectedIssue[] {
  const header = rows.Header ?? [];
  if (count <= 0 || header.length === 0) return [];
  const rowsOf = new Map<TableName, Map<string, number[]>>();
  const index = (table: TableName) => {
    let map = rowsOf.get(table);
    if (!map) {
      map = new Map();
      (rows[table] ?? []).forEach((r, i) => {
        const list = map!.get(r[0]!);
        if (list) list.push(i);
        else map!.set(r[0]!, [i]);
      });
      rowsOf.set(table, map);
    }
    return map;
  };
  const chosen = new Set<number>();
  const out: InjectedIssue[] = [];
  while (chosen.size < Math.min(count, header.length)) {
    const h = rng.int(0, header.length - 1);
    if (chosen.has(h)) continue;
    chosen.add(h);
    const child = header[h]![0]!;
    const inPrevious = previousChildren.has(child);
    // Each kind that fits the child is equally likely, then one of its rows.
    const options: Array<{ kind: ErrorKind; rows: number[] }> = [];
    for (const kind of KINDS) {
      const columns: readonly string[] = TABLE_COLUMNS[kind.table];
      const col = (field: string) => columns.indexOf(field);
      const fits = (index(kind.table).get(child) ?? []).filter((r) =>
        kind.applies(rows[kind.table]![r]!, col, { inPrevious, year }),
      );
      if (fits.length > 0) options.push({ kind, rows: fits });
    }
    const chosenKind = options.length > 0 ? rng.pick(options) : { kind: ETHNIC_FALLBACK, rows: [h] };
    const kind = chosenKind.kind;
    const row = rng.pick(chosenKind.rows);
    const columns: readonly string[] = TABLE_COLUMNS[kind.table];
    const target = rows[kind.table]![row]!;
    target[columns.indexOf(kind.field)] = kind.value;
    const rules = kind === ETHNIC_FALLBACK && inPrevious ? ['103', '204'] : [...kind.rules];
    if (kind.kind === 'sex-unknown') {
      for (const u of index('UASC').get(child) ?? []) rows.UASC![u]![1] = 'U';
    }
    out.push({ child, kind: kind.kind, table: kind.table, row, field: kind.field, value: kind.value, rules });
  }
  return out;
}
