/**
 * The validators' command line as analysts run it (`npm run waypoint -- validate 903|cin …`): the JSON layout the
 * issues specify, the exit codes (0 clean, 1 errors, 2 unusable input) and messages that name the file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReturn, validateReturn } from '@waypoint/ssda903';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SSDA903_FAKE = path.join(ROOT, 'packages/ssda903/test/fixtures/ssda903-fake-returns');
const CIN_FAKE = path.join(ROOT, 'packages/cin-census/test/fixtures/cin-census-fake-returns');
const work = mkdtempSync(path.join(tmpdir(), 'waypoint-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI as `npm run waypoint` does; returns exit code, stdout and stderr. */
function waypoint(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, WAYPOINT_DATA_DIR: path.join(work, 'unused-data') },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The public fake return as the reference loads it: every CSV but placed_for_adoption.csv (its _errors twin is used). */
function fakeReturnFolder(): string {
  const dir = path.join(work, 'ssda903');
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(SSDA903_FAKE).filter((n) => n.endsWith('.csv') && n !== 'placed_for_adoption.csv'))
    copyFileSync(path.join(SSDA903_FAKE, name), path.join(dir, name));
  return dir;
}

describe('npm run waypoint -- validate 903', () => {
  it('prints one JSON object with the rules run and not run, flagged rows by rule and 0-based issue rows, and exits 1 on errors', () => {
    const dir = fakeReturnFolder();
    const run = waypoint('validate', '903', '--year', '2025', '--prev', dir, '--format', 'json', dir);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as {
      year: number;
      rules_run: string[];
      rules_not_run: Record<string, string>;
      flagged_rows_by_rule: Record<string, number>;
      issues: Array<{ child: string; table: string; row: number; rule: string; fields: string[] }>;
    };
    expect(out.year).toBe(2025);
    // Without the postcode reference the postcode-derived rules say what they need rather than passing.
    expect(out.rules_not_run['164']).toMatch(/postcode/);

    const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
    const expected = validateReturn({ year: 2025, current: readReturn(files), previous: readReturn(files) });
    expect(out.rules_run).toEqual(expected.rulesRun);
    expect(out.flagged_rows_by_rule).toEqual(expected.flaggedRowsByRule);
    expect(out.issues).toHaveLength(expected.issues.length);

    const episodeRows = readFileSync(path.join(dir, 'episodes.csv'), 'utf8').trim().split('\n').length - 1;
    const episodeIssues = out.issues.filter((i) => i.table === 'Episodes');
    expect(episodeIssues.length).toBeGreaterThan(0);
    for (const issue of episodeIssues) expect(issue.row).toBeLessThan(episodeRows);
    expect(Object.keys(out.issues[0]!).sort()).toEqual(['child', 'fields', 'row', 'rule', 'table']);
  });

  it('exits 2 naming both files when two files hold the same table', () => {
    const dir = path.join(work, 'two-placed-for-adoption');
    mkdirSync(dir, { recursive: true });
    for (const name of ['header.csv', 'placed_for_adoption.csv', 'placed_for_adoption_errors.csv'])
      copyFileSync(path.join(SSDA903_FAKE, name), path.join(dir, name));
    const run = waypoint('validate', '903', '--year', '2025', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Both placed_for_adoption.csv and placed_for_adoption_errors.csv are the PlacedAdoption table',
    );
    expect(run.stdout).toBe('');
  });

  it('exits 2 when CSV tables and an XML return are mixed', () => {
    const run = waypoint('validate', '903', '--year', '2025', SSDA903_FAKE);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /CSV and XML files cannot be mixed in one return \(.+\.csv is CSV, fake_903\.xml is XML\)/,
    );
  });

  it('exits 2 naming the file when its columns match no table', () => {
    const file = path.join(work, 'mystery.csv');
    writeFileSync(file, 'CHILD,FAVOURITE_COLOUR\n1,blue\n');
    const run = waypoint('validate', '903', '--year', '2025', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('do not match any SSDA903 table');
  });
});

describe('npm run waypoint -- validate cin', () => {
  it('prints the JSON layout with locations and records by rule and typed issues', () => {
    const run = waypoint(
      'validate',
      'cin',
      '--year',
      '2025',
      '--format',
      'json',
      path.join(CIN_FAKE, 'fake_CIN_data.xml'),
    );
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as {
      year: number;
      reference_date: string;
      rules_run: string[];
      flagged_locations_by_rule: Record<string, number>;
      flagged_records_by_rule: Record<string, number>;
      issues: Array<{ child: string; table: string; row: number; column: string; rule: string; type: string }>;
    };
    expect(out.year).toBe(2025);
    expect(out.reference_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(out.rules_run.length).toBeGreaterThan(100);
    const oracle = JSON.parse(
      readFileSync(
        path.join(ROOT, 'packages/cin-census/test/fixtures/cin-peer-oracle/fake_CIN_data.2025.json'),
        'utf8',
      ),
    ) as { reference_date: string };
    expect(out.reference_date).toBe(oracle.reference_date);
    const types = new Set(out.issues.map((i) => i.type));
    expect([...types].every((t) => t === 'error' || t === 'query')).toBe(true);
    for (const [rule, locations] of Object.entries(out.flagged_locations_by_rule)) {
      if (locations === 0) continue;
      expect(out.flagged_records_by_rule[rule]).toBeGreaterThan(0);
      expect(out.flagged_records_by_rule[rule]).toBeLessThanOrEqual(locations);
    }
  });

  it('refuses an entity-expansion attack with exit 2 and says why', () => {
    const file = path.join(work, 'laughs.xml');
    writeFileSync(
      file,
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
        '<Message>&lol2;</Message>',
    );
    const run = waypoint('validate', 'cin', '--year', '2025', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/DTD|DOCTYPE|entit/i);
  });
});
