import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 148 — DEC and REC come together: both filled or both blank. */
export const rule148: RuleDefinition = {
  code: '148',
  message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
  tables: ['Episodes'],
  fields: ['DEC', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => (e.DEC === '') !== (e.REC === '')),
  examples: [
    {
      description: 'an episode with an end date but no reason is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2025-05-01', DEC: '2025-06-01', REC: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'both blank (open episode) and both filled pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-05-01', DEC: '2025-06-01', REC: 'E11' },
          { CHILD: '1', DECOM: '2025-06-01', DEC: '', REC: '' },
        ],
      },
      expect: {},
    },
  ],
};
