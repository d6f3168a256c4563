import { describe, expect, it } from 'vitest';
import { eachRow } from '../src/rules/each-row.ts';
import { runRules } from '../src/rules/engine.ts';
import type { RuleDefinition } from '../src/rules/rule.ts';
import type { EpisodeRow, HeaderRow } from '../src/tables.ts';

const base = { message: 'test rule', fields: [], years: { from: 2023 }, examples: [] } as const;

function rowRule(code: string, fails: (row: EpisodeRow) => boolean): RuleDefinition {
  return { ...base, code, tables: ['Episodes'], ...eachRow('Episodes', fails) };
}

const episodes = [
  { CHILD: 'A', DECOM: '2025-04-01', PLACE: 'U1' },
  { CHILD: 'A', DECOM: '2025-06-01', PLACE: 'K2' },
  { CHILD: 'B', DECOM: 'not a date', PLACE: 'K2' },
] as EpisodeRow[];
const header = [{ CHILD: 'A' }, { CHILD: 'B' }] as HeaderRow[];

describe('the rule engine', () => {
  it('runs the row checks of a table together, in one pass, with the same flags as each rule alone', () => {
    const calls: string[] = [];
    const logged = (code: string, fails: (e: EpisodeRow) => boolean) =>
      rowRule(code, (e) => {
        calls.push(`${code} ${e.DECOM}`);
        return fails(e);
      });
    const placeK2 = logged('K2', (e) => e.PLACE === 'K2');
    const counting = logged('COUNT', () => false);
    const noDate = logged('DATE', (e) => !/^\d{4}-/.test(e.DECOM));
    const other: RuleDefinition = {
      ...base,
      code: 'WHOLE',
      tables: ['Header'],
      check: (ctx) => ({ Header: ctx.current.Header!.map((_, i) => i).filter((i) => i > 0) }),
    };
    const progress: string[] = [];
    const outcome = runRules(
      [placeK2, other, counting, noDate],
      { year: 2026, current: { Episodes: episodes, Header: header } },
      (_d, _t, code) => progress.push(code),
    );
    expect(outcome.flags).toEqual({
      K2: { Episodes: [1, 2] },
      WHOLE: { Header: [1] },
      COUNT: {},
      DATE: { Episodes: [2] },
    });
    // Row by row, every check on each row before the next row.
    expect(calls).toEqual(episodes.flatMap((e) => ['K2', 'COUNT', 'DATE'].map((code) => `${code} ${e.DECOM}`)));
    expect(progress).toEqual(['K2', 'WHOLE', 'COUNT', 'DATE']);
    const ctx = { current: { Episodes: episodes } } as Parameters<RuleDefinition['check']>[0];
    expect(placeK2.check(ctx)).toEqual({ Episodes: [1, 2] });
  });

  it('reports a row check that throws as failed and still runs the others of its table', () => {
    const broken = rowRule('BROKEN', (e) => {
      if (e.CHILD === 'B') throw new Error('cannot read PLACE');
      return false;
    });
    const placeK2 = rowRule('K2', (e) => e.PLACE === 'K2');
    const outcome = runRules([broken, placeK2], { year: 2026, current: { Episodes: episodes } });
    expect(outcome.rulesFailed).toEqual({ BROKEN: 'cannot read PLACE' });
    expect(outcome.rulesRun).toEqual(['K2']);
    expect(outcome.flags.K2).toEqual({ Episodes: [1, 2] });
  });

  it('does not run a row check whose table is missing, saying which table it needs', () => {
    const placeK2 = { ...rowRule('K2', (e) => e.PLACE === 'K2'), needsTables: ['Episodes'] as const };
    const outcome = runRules([placeK2], { year: 2026, current: { Header: header } });
    expect(outcome.rulesNotRun).toEqual({ K2: 'needs table Episodes' });
  });
});
