import type { RuleDefinition } from '../rule.ts';
import { SHORT_BREAK_STATUSES, uascThisOrLastYear } from '../shared-200-399.ts';

/**
 * 392a (query) — a looked-after child (not on short breaks) who is not UASC this year or last must have a
 * placement distance. Needs the postcode reference, which derives PL_DISTANCE.
 */
export const rule392a: RuleDefinition = {
  code: '392a',
  message:
    'Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]',
  tables: ['Episodes'],
  fields: ['PL_DISTANCE'],
  severity: 'query',
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const uasc = uascThisOrLastYear(ctx);
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!uasc.has(e.CHILD) && !SHORT_BREAK_STATUSES.has(e.LS) && e.PL_DISTANCE === '') out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a C2 episode with no distance is queried',
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        Episodes: [{ CHILD: '1', LS: 'C2', PL_DISTANCE: '' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a distance given, a V3 episode, and a child UASC last year pass',
      current: {
        Header: [
          { CHILD: '1', UASC: '0' },
          { CHILD: '2', UASC: '0' },
        ],
        Episodes: [
          { CHILD: '1', LS: 'C2', PL_DISTANCE: '12.5' },
          { CHILD: '1', LS: 'V3', PL_DISTANCE: '' },
          { CHILD: '2', LS: 'C2', PL_DISTANCE: '' },
        ],
      },
      previous: { Header: [{ CHILD: '2', UASC: '1' }] },
      expect: {},
    },
  ],
};
