import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 354 — no episode may start after the end of the collection year. (DfE's message speaks of the date the
 * episode ceased; the check, as the reference implements it, is on DECOM — rule 385 checks DEC.)
 */
export const rule354: RuleDefinition = {
  code: '354',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e, ctx) => isDate(e.DECOM) && e.DECOM > ctx.collectionEnd),
  examples: [
    {
      description: 'an episode starting on 1 April after the year is flagged',
      year: 2024,
      current: { Episodes: [{ CHILD: '1', DECOM: '2024-04-01' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an episode starting on 31 March passes',
      year: 2024,
      current: { Episodes: [{ CHILD: '1', DECOM: '2024-03-31' }] },
      expect: {},
    },
  ],
};
