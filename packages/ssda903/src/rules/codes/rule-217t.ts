import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 217t (2023/24 only) — P2 (independent living) stopped being a valid placement type on 28 October 2023:
 * a P2 episode must have ended by then. An open episode, or one whose end date cannot be read, is flagged.
 */
export const rule217t: RuleDefinition = {
  code: '217t',
  message: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
  tables: ['Episodes'],
  fields: ['PLACE', 'DECOM'],
  years: { from: 2024, to: 2024 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.PLACE === 'P2' && (!isDate(e.DEC) || e.DEC > '2023-10-28')),
  examples: [
    {
      description: 'a P2 episode ending 1 November 2023, and an open P2 episode, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'P2', DECOM: '2023-05-01', DEC: '2023-11-01' },
          { CHILD: '2', PLACE: 'P2', DECOM: '2023-05-01', DEC: '' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a P2 episode ending on 28 October 2023, and a P1 episode, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'P2', DECOM: '2023-05-01', DEC: '2023-10-28' },
          { CHILD: '2', PLACE: 'P1', DECOM: '2023-05-01', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
