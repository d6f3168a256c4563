import { placementLa } from './postcodes/apply.ts';
import type { PostcodeReference } from './postcodes/reference.ts';
import { runRules } from './rules/engine.ts';
import { compareRuleCodes, rulesForYear, SUPPORTED_YEARS } from './rules/registry.ts';
import type { FlaggedTable, ProviderIndex, RuleDefinition, RuleSeverity } from './rules/rule.ts';
import type { EpisodeRow, Ssda903Return, TableName, TableSource, Tables } from './tables.ts';

/**
 * The tables of last year's return that the rules read. Last year's other tables (reviews, social-worker
 * episodes, OC2, AD1, previous permanence) are never looked at, so readers can skip their rows
 * (`readReturn(files, { tables: PREVIOUS_YEAR_TABLES })`): on a national return that saves a third of a second
 * and a hundred megabytes. `test/previous-year-tables.test.ts` fails when a rule starts reading another table.
 */
export const PREVIOUS_YEAR_TABLES: readonly TableName[] = [
  'Header',
  'Episodes',
  'UASC',
  'PlacedAdoption',
  'OC3',
  'Missing',
  'DoLo',
];

/** What to validate: this year's return, and optionally last year's, the provider lists and postcodes. */
export interface ValidationInput {
  /** Collection end year: 2026 = 2025/26. */
  year: number;
  current: Ssda903Return;
  previous?: Ssda903Return;
  providers?: ProviderIndex;
  /** When given (with `laCode`), PL_LA, PL_LOCATION and PL_DISTANCE are derived before the rules run. */
  postcodes?: PostcodeReference;
  /** Upper-tier GSS code of the returning authority, e.g. E09000027. */
  laCode?: string;
}

/** Options for a validation run. */
export interface ValidationOptions {
  /** Called after each rule. */
  onProgress?: (progress: { done: number; total: number; rule: string }) => void;
  /** Run only these rule codes. */
  rules?: readonly string[];
}

/** One flagged row of one rule. */
export interface Issue {
  child: string;
  table: FlaggedTable;
  /** 0-based data row of the table's file. */
  row: number;
  /** 1-based line in the file (element line for XML). */
  line?: number;
  file?: string;
  rule: string;
  severity: RuleSeverity;
  /** The rule's affected fields that the table has. */
  fields: string[];
  /** Values of those fields in the row. */
  values: Record<string, string>;
  /** DECOM, MIS_START, REVIEW … of the row, to find it in the case management system. */
  locator?: string;
}

/** The result of validating a return. */
export interface ValidationResult {
  year: number;
  /** Rule pack, e.g. "2025/26". */
  rulePack: string;
  rulesRun: string[];
  /** Rule code → why it did not run. */
  rulesNotRun: Record<string, string>;
  /** Rule code → the error the rule raised (a defect, reported rather than hidden). */
  rulesFailed: Record<string, string>;
  /** Rule code → rows flagged, summed over tables (every rule that ran, 0 included). */
  flaggedRowsByRule: Record<string, number>;
  issues: Issue[];
}

/** Field used to find a row of each table in the case management system. */
const LOCATOR: Partial<Record<TableName, string>> = {
  Episodes: 'DECOM',
  Missing: 'MIS_START',
  Reviews: 'REVIEW',
  PlacedAdoption: 'DATE_PLACED',
  SWEpisodes: 'SW_DECOM',
  DoLo: 'DOLO_START',
};

/** The rule pack label of a collection end year: 2026 → "2025/26". */
export function rulePackLabel(year: number): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}

function assertSupported(year: number): void {
  if (!(SUPPORTED_YEARS as readonly number[]).includes(year)) {
    const list = SUPPORTED_YEARS.map((y) => `${y} (${rulePackLabel(y)})`).join(', ');
    throw new Error(`Collection year ${year} is not supported. Supported collection end years: ${list}.`);
  }
}

/** The rules of a year's pack, optionally restricted to some codes (unknown codes are an error). */
export function selectRules(year: number, codes?: readonly string[]): RuleDefinition[] {
  assertSupported(year);
  const pack = rulesForYear(year);
  if (!codes) return pack;
  const known = new Set(pack.map((r) => r.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new Error(`Rule(s) ${unknown.join(', ')} are not in the ${rulePackLabel(year)} rule pack.`);
  }
  const wanted = new Set(codes);
  return pack.filter((r) => wanted.has(r.code));
}

function sourceIndex(ret: Ssda903Return | undefined): Map<TableName, TableSource> {
  return new Map((ret?.sources ?? []).map((s) => [s.table, s]));
}

function issuesOf(
  rule: RuleDefinition,
  flags: Partial<Record<FlaggedTable, number[]>>,
  tables: { current: Tables; previous: Tables },
  sources: { current: Map<TableName, TableSource>; previous: Map<TableName, TableSource> },
): Issue[] {
  const out: Issue[] = [];
  for (const [flagged, rows] of Object.entries(flags) as Array<[FlaggedTable, number[]]>) {
    const last = flagged.endsWith('_last');
    const table = (last ? flagged.slice(0, -5) : flagged) as TableName;
    const data = ((last ? tables.previous : tables.current)[table] ?? []) as ReadonlyArray<Record<string, string>>;
    const source = (last ? sources.previous : sources.current).get(table);
    const columns = data.length > 0 ? data[0]! : {};
    const present = rule.fields.filter((f) => f in columns);
    const fields = [...new Set(present.length > 0 ? present : ['CHILD'])];
    const locatorField = LOCATOR[table];
    for (const row of rows) {
      const record = data[row];
      if (!record) continue;
      const values: Record<string, string> = {};
      for (const f of fields) values[f] = record[f] ?? '';
      const issue: Issue = {
        child: record.CHILD ?? '',
        table: flagged,
        row,
        rule: rule.code,
        severity: rule.severity ?? 'error',
        fields,
        values,
      };
      if (source) {
        issue.file = source.file;
        const line = source.lines[row];
        if (line !== undefined) issue.line = line;
      }
      if (locatorField && record[locatorField]) issue.locator = record[locatorField];
      out.push(issue);
    }
  }
  return out;
}

/** Metres in a mile, as `applyPostcodeFields` counts them (spec §2.2: distance / 1000 / 1.6093). */
const METRES_PER_MILE = 1000 * 1.6093;

/** What the postcode reference says about one postcode of a return, worked out once. */
interface PlacedPostcode {
  la: string;
  location: string;
  /** Grid reference; `located` false when the postcode is blank or not in the reference. */
  located: boolean;
  easting: number;
  northing: number;
}

/**
 * Works out PL_LA, PL_LOCATION and PL_DISTANCE the way `applyPostcodeFields` does (PL_LA through its
 * `placementLa`; IN/OUT only for a known placement postcode; miles to one decimal place, blank when either
 * postcode is unknown). Each distinct postcode is looked up once (one map from the postcode as read: the reader
 * shares one string per distinct postcode) and each distance label is made once, so that the tens of thousands
 * of distinct postcodes of a national return are worked out once rather than on each of its 220,000 episodes.
 * `test/validate-in-place.test.ts` checks the values against `applyPostcodeFields`.
 */
function placementFields(reference: PostcodeReference, laCode: string) {
  const known = new Map<string, PlacedPostcode>();
  const labels: string[] = [];
  const place = (postcode: string): PlacedPostcode => {
    let found = known.get(postcode);
    if (found === undefined) {
      const location = postcode === '' ? undefined : reference.lookup(postcode);
      const la = location ? placementLa(reference, postcode) : '';
      found = {
        la,
        location: location && location.ltla !== '' ? (la !== '' && la === laCode ? 'IN' : 'OUT') : '',
        located: location !== undefined,
        easting: location?.easting ?? 0,
        northing: location?.northing ?? 0,
      };
      known.set(postcode, found);
    }
    return found;
  };
  return {
    place,
    distance(home: PlacedPostcode, placement: PlacedPostcode): string {
      if (!home.located || !placement.located) return '';
      const tenths = Math.round(
        (Math.hypot(home.easting - placement.easting, home.northing - placement.northing) / METRES_PER_MILE) * 10,
      );
      let label = labels[tenths];
      if (label === undefined) {
        label = (tenths / 10).toFixed(1);
        labels[tenths] = label;
      }
      return label;
    },
  };
}

/**
 * Fills PL_LA, PL_LOCATION and PL_DISTANCE of a return's episodes in place and returns a function that puts the
 * values as read back. Deriving in place for the length of a validation run, rather than copying every episode
 * as `applyPostcodeFields` does, keeps a national return's memory down; the caller's tables are unchanged once
 * the run is over.
 */
function derivePlacementFieldsInPlace(tables: Tables, fields: ReturnType<typeof placementFields>): () => void {
  const episodes = tables.Episodes;
  if (!episodes || episodes.length === 0) return () => {};
  // The reader leaves the derived fields blank; only rows that came with values need them kept to put back.
  const kept: Array<{ row: EpisodeRow; values: [string, string, string] }> = [];
  for (let i = 0; i < episodes.length; i++) {
    const row = episodes[i]!;
    if (row.PL_LA !== '' || row.PL_LOCATION !== '' || row.PL_DISTANCE !== '') {
      kept.push({ row, values: [row.PL_LA, row.PL_LOCATION, row.PL_DISTANCE] });
    }
    const placement = fields.place(row.PL_POST);
    row.PL_LA = placement.la;
    row.PL_LOCATION = placement.location;
    row.PL_DISTANCE = fields.distance(fields.place(row.HOME_POST), placement);
  }
  return () => {
    for (let i = 0; i < episodes.length; i++) {
      const row = episodes[i]!;
      row.PL_LA = '';
      row.PL_LOCATION = '';
      row.PL_DISTANCE = '';
    }
    for (const { row, values } of kept) [row.PL_LA, row.PL_LOCATION, row.PL_DISTANCE] = values;
  };
}

/**
 * Validates a year's SSDA903 return with that year's DfE rule pack (and the tool's integrity checks).
 * Rules whose inputs are missing (last year's return, provider lists, postcodes, a table) are listed in
 * `rulesNotRun` with the reason; a rule that throws is listed in `rulesFailed`. Throws for an unsupported year.
 */
export function validateReturn(input: ValidationInput, options: ValidationOptions = {}): ValidationResult {
  const rules = selectRules(input.year, options.rules);
  if (input.postcodes && !input.laCode) {
    throw new Error(
      "The authority's code (laCode, e.g. E09000027) is needed with the postcode reference to derive PL_LOCATION.",
    );
  }
  const current = input.current.tables;
  const previous = input.previous?.tables;
  const restore: Array<() => void> = [];
  try {
    if (input.postcodes && input.laCode) {
      const fields = placementFields(input.postcodes, input.laCode.trim().toUpperCase());
      restore.push(derivePlacementFieldsInPlace(current, fields));
      if (previous) restore.push(derivePlacementFieldsInPlace(previous, fields));
    }
    return validateTables(input, options, rules, current, previous);
  } finally {
    // Last derived first, so rows shared by both years get their original values back.
    for (const put of restore.reverse()) put();
  }
}

function validateTables(
  input: ValidationInput,
  options: ValidationOptions,
  rules: RuleDefinition[],
  current: Tables,
  previous: Tables | undefined,
): ValidationResult {
  const outcome = runRules(
    rules,
    {
      year: input.year,
      current,
      previous,
      providers: input.providers,
      laCode: input.laCode,
      postcodesApplied: input.postcodes !== undefined,
      format: input.current.format,
    },
    options.onProgress ? (done, total, rule) => options.onProgress?.({ done, total, rule }) : undefined,
  );
  const sources = { current: sourceIndex(input.current), previous: sourceIndex(input.previous) };
  const tables = { current, previous: previous ?? {} };
  const byCode = new Map(rules.map((r) => [r.code, r]));
  const flaggedRowsByRule: Record<string, number> = {};
  const issues: Issue[] = [];
  for (const code of [...outcome.rulesRun].sort(compareRuleCodes)) {
    const flags = outcome.flags[code] ?? {};
    flaggedRowsByRule[code] = Object.values(flags).reduce((n, rows) => n + (rows?.length ?? 0), 0);
    for (const issue of issuesOf(byCode.get(code)!, flags, tables, sources)) issues.push(issue);
  }
  return {
    year: input.year,
    rulePack: rulePackLabel(input.year),
    rulesRun: outcome.rulesRun,
    rulesNotRun: outcome.rulesNotRun,
    rulesFailed: outcome.rulesFailed,
    flaggedRowsByRule,
    issues,
  };
}
