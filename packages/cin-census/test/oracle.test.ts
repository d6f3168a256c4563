import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCensus } from '../src/index.ts';
import { type OracleDifference, oracleDifferences } from './oracle-differences.ts';

const ORACLE_DIR = join(import.meta.dirname, 'fixtures', 'cin-peer-oracle');
const RETURNS_DIR = join(import.meta.dirname, 'fixtures', 'cin-census-fake-returns');

interface OracleFile {
  input: string;
  collection_year_end: number;
  rules_run: number;
  flagged_locations_by_rule: Record<string, number>;
}

const cases = readdirSync(ORACLE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const oracle = JSON.parse(readFileSync(join(ORACLE_DIR, name), 'utf8')) as OracleFile;
    const file = name.replace(/\.\d{4}\.json$/, '');
    return { file, year: oracle.collection_year_end, oracle };
  });

function listed(file: string, year: number, code: string): OracleDifference | undefined {
  return oracleDifferences.find(
    (d) => d.code === code && (d.file === undefined || d.file === file) && (d.year === undefined || d.year === year),
  );
}

const used = new Set<OracleDifference>();

describe('flagged locations per rule match the reference validator on the public fake returns', () => {
  it('covers the 9 fake files under the 4 rule packs', () => {
    expect(cases).toHaveLength(36);
  });

  it.each(cases.map((c) => [`${c.file} under ${c.year}`, c] as const))('%s', async (_, { file, year, oracle }) => {
    const bytes = readFileSync(join(RETURNS_DIR, `${file}.xml`));
    const result = await validateCensus(bytes, { year });
    expect(result.rulesFailed).toEqual({});
    expect([...result.rulesRun].sort()).toEqual(Object.keys(oracle.flagged_locations_by_rule).sort());
    const unlisted: string[] = [];
    for (const [code, theirs] of Object.entries(oracle.flagged_locations_by_rule)) {
      const ours = result.flaggedLocationsByRule[code];
      if (ours === theirs) continue;
      const entry = listed(file, year, code);
      if (entry) used.add(entry);
      else unlisted.push(`${code}: ours ${ours}, reference ${theirs}`);
    }
    expect(unlisted).toEqual([]);
  });

  it('lists no difference that no longer occurs', () => {
    const stale = oracleDifferences
      .filter((d) => !used.has(d))
      .map((d) => `${d.file ?? '*'} ${d.year ?? '*'} ${d.code}`);
    expect(stale).toEqual([]);
  });
});
