import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CinProgress, ruleCatalogue, SUPPORTED_YEARS, validateCensus } from '../src/index.ts';

const RETURNS = join(import.meta.dirname, 'fixtures', 'cin-census-fake-returns');
const bytesOf = (name: string) => readFileSync(join(RETURNS, name));

describe('validateCensus', () => {
  it('reports each flagged cell with child, table, row, column, rule, type and value', async () => {
    const result = await validateCensus(bytesOf('CIN_Census_2024.xml'), { year: 2025 });
    expect(result.year).toBe(2025);
    expect(result.referenceDate).toBe('2024-03-31');
    expect(result.collectionStart).toBe('2023-04-01');
    expect(result.childrenRead).toBe(2);
    expect(result.rulesFailed).toEqual({});
    expect(result.issues.filter((i) => i.rule === '1570')).toEqual([
      {
        child: 'child_fails_assessments',
        table: 'ChildIdentifiers',
        row: 1,
        column: 'LAchildID',
        rule: '1570',
        type: 'error',
        value: 'child_fails_assessments',
      },
    ]);
    // 4016: one CIN plan (1 cell) inside one CP plan (start and end) = 3 locations on 2 records.
    expect(result.flaggedLocationsByRule['4016']).toBe(3);
    expect(result.flaggedRecordsByRule['4016']).toBe(2);
    expect(
      result.issues.filter((i) => i.rule === '4016').map((i) => `${i.table}.${i.column}[${i.row}]=${i.value}`),
    ).toEqual([
      'CINplanDates.CINPlanStartDate[0]=2023-01-24',
      'ChildProtectionPlans.CPPstartDate[0]=2022-02-17',
      'ChildProtectionPlans.CPPendDate[0]=2023-03-14',
    ]);
    // Header and return-level findings.
    expect(result.issues.find((i) => i.rule === '100')).toEqual({
      child: null,
      table: 'Header',
      row: 0,
      column: 'ReferenceDate',
      rule: '100',
      type: 'error',
      value: '2024-03-31',
    });
    expect(result.issues.find((i) => i.rule === '2887Q')).toEqual({
      child: null,
      table: 'Disabilities',
      row: null,
      column: null,
      rule: '2887Q',
      type: 'query',
    });
    expect(result.flaggedLocationsByRule['2887Q']).toBe(1);
  });

  it('runs every rule of the pack and lists each, zeros included', async () => {
    const counts: Record<number, number> = {};
    for (const year of SUPPORTED_YEARS) {
      const result = await validateCensus(bytesOf('CIN_Census_2021.xml'), { year });
      counts[year] = result.rulesRun.length;
      expect(Object.keys(result.flaggedLocationsByRule).sort()).toEqual([...result.rulesRun].sort());
      expect(result.rulesRun).toEqual(ruleCatalogue(year).map((r) => r.code));
    }
    expect(counts).toEqual({ 2023: 105, 2024: 105, 2025: 109, 2026: 109, 2027: 109 });
  });

  it('reports progress with bytes read, and a final call with every child', async () => {
    const calls: CinProgress[] = [];
    const bytes = bytesOf('fake_CIN_data.xml');
    await validateCensus(bytes, { year: 2023, onProgress: (p) => calls.push(p) });
    expect(calls.at(-1)).toEqual({ childrenRead: 332, bytesRead: bytes.byteLength, totalBytes: bytes.byteLength });
  });

  it('keeps at most maxIssues issues but complete counts', async () => {
    const result = await validateCensus(bytesOf('fake_CIN_data.xml'), { year: 2023, maxIssues: 100 });
    expect(result.issues).toHaveLength(100);
    expect(result.issuesTruncated).toBe(true);
    expect(result.flaggedLocationsByRule['8831']).toBe(350);
  });

  it('uses 31 March of the collection year when the Header has no ReferenceDate', async () => {
    const xml =
      '<Message><Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers>' +
      '<CINdetails><CINreferralDate>2025-04-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>';
    const result = await validateCensus(xml, { year: 2025 });
    expect(result.referenceDate).toBe('2025-03-31');
    expect(result.issues.filter((i) => i.rule === '8600').map((i) => i.value)).toEqual(['2025-04-01']);
    expect(result.flaggedLocationsByRule['100']).toBe(1);
  });
});

describe('ruleCatalogue', () => {
  it('describes each rule of a pack with its type, tables and fields', () => {
    const pack = ruleCatalogue(2025);
    expect(pack.filter((r) => r.type === 'query')).toHaveLength(26);
    expect(pack.find((r) => r.code === '4180')).toEqual({
      code: '4180',
      message: 'Sex must be provided and equal M, F, or U',
      type: 'error',
      tables: ['ChildIdentifiers'],
      fields: ['Sex'],
    });
    expect(ruleCatalogue(2024).find((r) => r.code === '4180')?.fields).toEqual(['GenderCurrent']);
    expect(ruleCatalogue(2023).filter((r) => r.type === 'query')).toHaveLength(24);
    expect(ruleCatalogue(2027)).toEqual(ruleCatalogue(2026));
    expect(() => ruleCatalogue(2028)).toThrow('No CIN census rule pack for collection year 2028');
  });
});
