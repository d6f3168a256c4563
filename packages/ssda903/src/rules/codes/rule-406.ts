import type { RuleDefinition } from '../rule.ts';
import { uascChildren } from '../shared-400-plus.ts';

/** 406 — a child who is (or was last year) UASC should have no placement distance. */
export const rule406: RuleDefinition = {
  code: '406',
  message:
    'Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]',
  severity: 'query',
  tables: ['Episodes'],
  fields: ['PL_DISTANCE'],
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const uasc = new Set([...uascChildren(ctx, 'current'), ...uascChildren(ctx, 'previous')]);
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.PL_DISTANCE !== '' && uasc.has(e.CHILD)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a distance for a child who was UASC last year is flagged',
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        Episodes: [
          { CHILD: '1', PL_DISTANCE: '12.5' },
          { CHILD: '1', PL_DISTANCE: '' },
        ],
      },
      previous: { Header: [{ CHILD: '1', UASC: '1' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a distance for a child never UASC passes',
      current: { Header: [{ CHILD: '2', UASC: '0' }], Episodes: [{ CHILD: '2', PL_DISTANCE: '3.1' }] },
      expect: {},
    },
  ],
};
