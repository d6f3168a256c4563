import { describe, expect, it } from 'vitest';
import {
  issuesByChild,
  readPostcodeReference,
  readReturn,
  ruleCatalogue,
  rulesForYear,
  SUPPORTED_YEARS,
  summariseByRule,
  validateReturn,
} from '../src/index.ts';
import { fixtureFile, textFile } from './fixtures.ts';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** A tiny 2025/26 return: child 1 is fine; child 2 has an invalid ethnicity and an episode with no reason ceased. */
function smallReturn() {
  return readReturn([
    textFile('header.csv', `${HEADER}\n1,M,01/06/2010,WBRI,UN1,,\n2,F,01/06/2011,XXXX,UN1,0,\n`),
    textFile(
      'episodes.csv',
      `${EPISODES}\n1,01/05/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,AB1 3EF,\n2,01/05/2025,S,C2,N1,U1,PR1,01/06/2025,,,AB1 2CD,AB1 3EF,\n`,
    ),
  ]);
}

describe('validateReturn', () => {
  it('refuses an unsupported year, listing the supported ones', () => {
    expect(() => validateReturn({ year: 2023, current: smallReturn() })).toThrow(
      'Collection year 2023 is not supported. Supported collection end years: 2024 (2023/24), 2025 (2024/25), 2026 (2025/26), 2027 (2026/27).',
    );
  });

  it('reports each issue with child, file, line, affected values and a locator', () => {
    const result = validateReturn({ year: 2026, current: smallReturn() });
    expect(result.rulePack).toBe('2025/26');
    expect(result.rulesFailed).toEqual({});
    expect(result.flaggedRowsByRule['103']).toBe(1);
    expect(result.flaggedRowsByRule['148']).toBe(1);
    expect(result.flaggedRowsByRule['102']).toBe(0);
    expect(result.issues.filter((i) => i.rule === '103')).toEqual([
      {
        child: '2',
        table: 'Header',
        row: 1,
        line: 3,
        file: 'header.csv',
        rule: '103',
        severity: 'error',
        fields: ['ETHNIC'],
        values: { ETHNIC: 'XXXX' },
      },
    ]);
    expect(result.issues.find((i) => i.rule === '148')).toMatchObject({
      child: '2',
      table: 'Episodes',
      row: 1,
      line: 3,
      fields: ['DEC', 'REC'],
      values: { DEC: '2025-06-01', REC: '' },
      locator: '2025-05-01',
    });
  });

  it('lists every rule that ran in flaggedRowsByRule and says why the others did not run', () => {
    const result = validateReturn({ year: 2026, current: smallReturn() });
    const pack = rulesForYear(2026).map((r) => r.code);
    expect([...result.rulesRun, ...Object.keys(result.rulesNotRun), ...Object.keys(result.rulesFailed)].sort()).toEqual(
      [...pack].sort(),
    );
    expect(Object.keys(result.flaggedRowsByRule).sort()).toEqual([...result.rulesRun].sort());
    expect(result.rulesNotRun.NoE).toBe("needs last year's return");
    expect(result.rulesNotRun['169']).toBe('needs the postcode and authority reference files');
    expect(result.rulesNotRun['105']).toBe('applies to XML returns only');
    expect(result.rulesNotRun['104']).toBe('needs table UASC');
  });

  it('runs rule 105 (UASC flag 0/1) on an XML return, where the flag is supplied', () => {
    const xml = readReturn([fixtureFile('ssda903-fake-returns/fake_903.xml')]);
    const result = validateReturn({ year: 2026, current: xml }, { rules: ['105'] });
    // 241 of the 253 children have an empty <UASC /> element; 12 have 1.
    expect(result.flaggedRowsByRule['105']).toBe(241);
    expect(result.issues[0]).toMatchObject({ rule: '105', table: 'Header', file: 'fake_903.xml', line: 2 });
  });

  it('runs only the rules asked for, reporting progress, and refuses unknown codes', () => {
    const progress: string[] = [];
    const result = validateReturn(
      { year: 2026, current: smallReturn() },
      { rules: ['103', 'INT32'], onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.rule}`) },
    );
    expect(result.rulesRun).toEqual(['103', 'INT32']);
    expect(progress).toEqual(['1/2 103', '2/2 INT32']);
    expect(() => validateReturn({ year: 2026, current: smallReturn() }, { rules: ['999'] })).toThrow(
      'Rule(s) 999 are not in the 2025/26 rule pack.',
    );
  });

  it('derives the postcode fields when given a postcode reference and the authority code', () => {
    const postcodes = readPostcodeReference(
      textFile('pcd.csv', 'pcd,oseast1m,osnrth1m,laua\nAB1 2CD,530000,180000,E09000001\n'),
      textFile('la.csv', 'LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM\nE09000001,City,E09000001,City\n'),
    );
    expect(() => validateReturn({ year: 2026, current: smallReturn(), postcodes })).toThrow(/laCode/);
    const result = validateReturn({ year: 2026, current: smallReturn(), postcodes, laCode: 'E09000001' });
    // AB1 3EF is not in the reference, so PL_LA cannot be derived for either episode.
    expect(result.flaggedRowsByRule['169']).toBe(2);
    expect(result.issues.find((i) => i.rule === '169')?.values).toEqual({ PL_LA: '' });
  });
});

describe('reports', () => {
  it('summarises by rule with status, counts and severity', () => {
    const summary = summariseByRule(validateReturn({ year: 2026, current: smallReturn() }));
    expect(summary.find((s) => s.code === '103')).toMatchObject({ status: 'run', flaggedRows: 1, children: 1 });
    expect(summary.find((s) => s.code === 'NoE')).toMatchObject({
      status: 'not run',
      reason: "needs last year's return",
      flaggedRows: 0,
      severity: 'integrity',
    });
    expect(summary.map((s) => s.code)).toEqual(rulesForYear(2026).map((r) => r.code));
  });

  it('groups issues by child, sorted by child, then table, row and rule', () => {
    const result = validateReturn({ year: 2026, current: smallReturn() }, { rules: ['103', '142', '148', 'INT32'] });
    const byChild = issuesByChild(result);
    expect(byChild.map((c) => c.child)).toEqual(['2']);
    const child = byChild[0]!;
    expect(child.issues.map((i) => `${i.table}:${i.row}:${i.rule}`)).toEqual(['Episodes:1:148', 'Header:1:103']);
    expect(child.byRule).toEqual({ '103': 1, '148': 1 });
  });

  it('gives the catalogue of each supported year with severities', () => {
    for (const year of SUPPORTED_YEARS) expect(ruleCatalogue(year).length).toBeGreaterThan(0);
    const catalogue = ruleCatalogue(2026);
    expect(catalogue.find((r) => r.code === '164')?.severity).toBe('query');
    expect(catalogue.find((r) => r.code === '199')?.severity).toBe('query');
    expect(catalogue.find((r) => r.code === 'INT01')?.severity).toBe('integrity');
    expect(catalogue.find((r) => r.code === '101')?.message).toBe(
      'The child or young person’s reported sex is not valid.',
    );
    expect(ruleCatalogue(2024).find((r) => r.code === '101')?.message).toBe('Gender code is not valid.');
  });
});
