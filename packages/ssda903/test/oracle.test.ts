import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProviderLists, readReturn, rulesForYear, validateReturn } from '../src/index.ts';
import { fakeReturnCsvFiles, fixtureFile, fixturePath } from './fixtures.ts';
import { oracleDifferences } from './oracle-differences.ts';

/** One file of the reference validator's per-rule counts (test/fixtures/ssda903-peer-oracle). */
interface OracleFile {
  collection_year_end: number;
  rules_not_run_missing_input: string[];
  rules_that_crashed_in_the_peer: string[];
  flagged_rows_by_rule: Record<string, number>;
}

/** How Waypoint compares with one oracle file. */
interface Comparison {
  name: string;
  year: number;
  equal: number;
  /** Code → description of the difference. */
  differences: Map<string, string>;
  /** Reference codes not in Waypoint's pack for the year yet. */
  missing: string[];
  pack: Set<string>;
}

// The reference's inputs: the fake CSVs (placed_for_adoption_errors.csv as PlacedAdoption) as both this
// year's and last year's return, no postcode reference, and optionally ch_fake.xlsx + scp_fake.xlsx.
const current = readReturn(fakeReturnCsvFiles());
const previous = readReturn(fakeReturnCsvFiles());
const providers = await readProviderLists([
  fixtureFile('ofsted-provider-lists-fake/ch_fake.xlsx'),
  fixtureFile('ofsted-provider-lists-fake/scp_fake.xlsx'),
]);

function compare(name: string): Comparison {
  const oracle = JSON.parse(readFileSync(fixturePath(`ssda903-peer-oracle/${name}`), 'utf8')) as OracleFile;
  const year = oracle.collection_year_end;
  const withProviders = name.includes('with-provider-lists');
  const result = validateReturn({ year, current, previous, providers: withProviders ? providers : undefined });
  const pack = new Set(rulesForYear(year).map((r) => r.code));
  const differences = new Map<string, string>();
  const missing: string[] = [];
  let equal = 0;
  for (const [code, count] of Object.entries(oracle.flagged_rows_by_rule)) {
    if (!pack.has(code)) {
      missing.push(code);
      continue;
    }
    const ours = result.flaggedRowsByRule[code];
    if (ours === count) equal++;
    else {
      const why = result.rulesNotRun[code] ?? `failed: ${result.rulesFailed[code]}`;
      differences.set(code, `reference ${count}, Waypoint ${ours ?? `not run (${why})`}`);
    }
  }
  for (const code of oracle.rules_not_run_missing_input) {
    if (pack.has(code) && !(code in result.rulesNotRun)) {
      differences.set(code, `reference did not run it, Waypoint ran it (${result.flaggedRowsByRule[code]})`);
    }
  }
  return { name, year, equal, differences, missing, pack };
}

const comparisons = readdirSync(fixturePath('ssda903-peer-oracle'))
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map(compare);

const listedFor = (year: number) =>
  new Set(oracleDifferences.filter((d) => d.year === undefined || d.year === year).map((d) => d.code));

describe('reference validator counts on the public fake return', () => {
  it.each(comparisons.map((c) => [c.name, c] as const))('%s: every difference is listed', (_, c) => {
    const listed = listedFor(c.year);
    const unlisted = [...c.differences].filter(([code]) => !listed.has(code)).map(([code, d]) => `${code}: ${d}`);
    console.log(
      `${c.name}: ${c.equal} rules equal, ${c.differences.size - unlisted.length} listed differences, ` +
        `${unlisted.length} unlisted; ${c.missing.length} reference rules not implemented yet` +
        (c.missing.length > 0 ? ` (${c.missing.join(', ')})` : ''),
    );
    expect(unlisted, 'differences not listed in test/oracle-differences.ts').toEqual([]);
  });

  it('lists no difference that has gone (a listed rule must still differ in some file of its year)', () => {
    const stale = oracleDifferences.filter((d) => {
      const files = comparisons.filter((c) => (d.year === undefined || c.year === d.year) && c.pack.has(d.code));
      return files.length > 0 && files.every((c) => !c.differences.has(d.code));
    });
    expect(stale.map((d) => `${d.code}${d.year ? ` (${d.year})` : ''}`)).toEqual([]);
  });

  it('lists each rule at most once per year', () => {
    const keys = oracleDifferences.map((d) => `${d.code}/${d.year ?? 'all'}`);
    const clashes = oracleDifferences.filter((d) => d.year !== undefined && keys.includes(`${d.code}/all`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(clashes).toEqual([]);
  });
});
