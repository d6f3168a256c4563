import type { RuleDefinition } from '../rule.ts';
import { SHORT_BREAK_STATUSES, uascThisOrLastYear } from '../shared-200-399.ts';

/**
 * 392b (query) — a looked-after child (not on short breaks) who is not UASC this year or last must have both a
 * home and a placement postcode.
 */
export const rule392b: RuleDefinition = {
  code: '392b',
  message:
    'Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]',
  tables: ['Episodes'],
  fields: ['HOME_POST', 'PL_POST'],
  severity: 'query',
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const uasc = uascThisOrLastYear(ctx);
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (uasc.has(e.CHILD) || SHORT_BREAK_STATUSES.has(e.LS)) return;
      if (e.HOME_POST === '' || e.PL_POST === '') out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a C2 episode with no placement postcode is queried',
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        Episodes: [{ CHILD: '1', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: '' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'both postcodes given, and a UASC child without them, pass',
      current: {
        Header: [
          { CHILD: '1', UASC: '0' },
          { CHILD: '2', UASC: '1' },
        ],
        Episodes: [
          { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: 'AB2 0JD' },
          { CHILD: '2', LS: 'C2', HOME_POST: '', PL_POST: '' },
        ],
      },
      expect: {},
    },
  ],
};
