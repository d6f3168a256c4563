import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 233 (from 2025/26) — an episode that has not ended (DEC blank) must have no reason for placement change.
 *
 * Deviation from the reference: the reference reads a column `DATE_EPISODE_CEASED` that does not exist and so
 * fails to run; Waypoint reads DEC.
 */
export const rule233: RuleDefinition = {
  code: '233',
  message: 'Reason for placement change is not required when the episode has not ceased.',
  tables: ['Episodes'],
  fields: ['DEC', 'REASON_PLACE_CHANGE'],
  years: { from: 2026 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.DEC === '' && e.REASON_PLACE_CHANGE !== ''),
  examples: [
    {
      description: 'an open episode with a reason for placement change is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2025-06-01', DEC: '', REASON_PLACE_CHANGE: 'CARPL' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an ended episode with a reason, and an open one without, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-06-01', DEC: '2025-07-01', REASON_PLACE_CHANGE: 'CARPL' },
          { CHILD: '1', DECOM: '2025-07-01', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
