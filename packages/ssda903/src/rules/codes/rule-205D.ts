import type { RuleDefinition } from '../rule.ts';
import { uascStatusByChild } from '../shared-200-399.ts';

/**
 * 205D — a child who is UASC this year and was in last year's return must have been UASC last year too.
 * Runs only when both years' UASC tables were supplied (without them UASC status is unknown, as in the
 * reference, which skips the rule when a year's Header has no UASC column).
 */
export const rule205D: RuleDefinition = {
  code: '205D',
  message: 'Child identified as UASC this year but not identified as UASC status provided for the child last year.',
  tables: ['Header'],
  fields: ['UASC', 'CHILD'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header', 'UASC'],
  check: (ctx) => {
    if (!ctx.previous?.UASC) return {};
    const lastStatus = uascStatusByChild(ctx, 'previous');
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((row, i) => {
      const last = lastStatus.get(row.CHILD);
      if (row.UASC === '1' && last !== undefined && last !== '1') out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'UASC this year but not last year is flagged',
      current: { Header: [{ CHILD: '1', UASC: '1' }], UASC: [{ CHILD: '1' }] },
      previous: { Header: [{ CHILD: '1', UASC: '0' }], UASC: [] },
      expect: { Header: [0] },
    },
    {
      description: 'UASC in both years, and a child new this year, pass',
      current: {
        Header: [
          { CHILD: '1', UASC: '1' },
          { CHILD: '2', UASC: '1' },
        ],
        UASC: [{ CHILD: '1' }, { CHILD: '2' }],
      },
      previous: { Header: [{ CHILD: '1', UASC: '1' }], UASC: [{ CHILD: '1' }] },
      expect: {},
    },
  ],
};
