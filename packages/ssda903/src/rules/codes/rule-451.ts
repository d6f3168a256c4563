import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 451 (to 2023/24) — a freeing order (D1) episode cannot still be open. */
export const rule451: RuleDefinition = {
  code: '451',
  message: 'Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.',
  tables: ['Episodes'],
  fields: ['DEC', 'REC', 'LS'],
  years: { from: 2023, to: 2024 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.DEC === '' && e.REC === '' && e.LS === 'D1'),
  examples: [
    {
      description: 'an open D1 episode is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'D1', DEC: '', REC: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a closed D1 episode passes',
      current: { Episodes: [{ CHILD: '1', LS: 'D1', DEC: '2006-01-01', REC: 'E11' }] },
      expect: {},
    },
  ],
};
