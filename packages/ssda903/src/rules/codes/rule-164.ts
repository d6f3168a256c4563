import { flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 164 — placement distance must be between 0.0 and 999.9 miles, except for children who are or were UASC
 * (this year or last) and V3/V4 short breaks. PL_DISTANCE is derived from HOME_POST and PL_POST, so a blank
 * distance (a postcode that could not be found) is flagged too, as in the DfE rule. Needs the postcode
 * reference (without it the rule does not run). A query: children formerly UASC but not flagged in the data
 * loaded give false positives.
 */
export const rule164: RuleDefinition = {
  code: '164',
  message:
    'Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
  tables: ['Episodes'],
  fields: ['PL_DISTANCE'],
  severity: 'query',
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const uasc = new Set<string>();
    for (const rows of [ctx.current.Header, ctx.previous?.Header]) {
      for (const h of rows ?? []) if (h.UASC === '1') uasc.add(h.CHILD);
    }
    for (const rows of [ctx.current.UASC, ctx.previous?.UASC]) for (const u of rows ?? []) uasc.add(u.CHILD);
    return {
      Episodes: flagRows(ctx.current.Episodes, (e) => {
        if (uasc.has(e.CHILD) || e.LS === 'V3' || e.LS === 'V4') return false;
        if (e.PL_DISTANCE === '') return true;
        const miles = Number(e.PL_DISTANCE);
        return !(miles >= 0 && miles <= 999.9);
      }),
    };
  },
  examples: [
    {
      description: 'a distance that could not be derived is flagged',
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        Episodes: [{ CHILD: '1', LS: 'C2', PL_DISTANCE: '' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a derived distance passes; UASC children (last year too) and short breaks are not checked',
      current: {
        Header: [
          { CHILD: '1', UASC: '0' },
          { CHILD: '2', UASC: '0' },
        ],
        Episodes: [
          { CHILD: '1', LS: 'C2', PL_DISTANCE: '12.3' },
          { CHILD: '1', LS: 'V3', PL_DISTANCE: '' },
          { CHILD: '2', LS: 'C2', PL_DISTANCE: '' },
        ],
      },
      previous: { Header: [{ CHILD: '2', UASC: '1' }] },
      expect: {},
    },
  ],
};
