import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 355 — an episode must not start and end on the same day.
 *
 * Deviation from the reference: the reference compares the texts of DECOM and DEC, so an episode with both
 * blank is flagged too; Waypoint needs a date to compare.
 */
export const rule355: RuleDefinition = {
  code: '355',
  message: 'Episode appears to have lasted for less than 24 hours',
  tables: ['Episodes'],
  fields: ['DECOM', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.DECOM !== '' && e.DECOM === e.DEC),
  examples: [
    {
      description: 'an episode starting and ending on 1 January 2022 is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-01' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an episode of one night, and an open episode, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-02' },
          { CHILD: '2', DECOM: '2022-01-01', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
