import { eachRow } from '../each-row.ts';
import { birthday } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 189 — no SDQ score or reason for a young person aged 17 or over at the start of the year: as the DfE rule
 * states it, one whose date of birth is more than 17 years before the collection start date.
 */
export const rule189: RuleDefinition = {
  code: '189',
  message:
    'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['OC2'],
  fields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r, ctx) => {
    if (r.SDQ_SCORE === '' && r.SDQ_REASON === '') return false;
    const seventeenth = birthday(r.DOB, 17);
    return seventeenth !== null && seventeenth < ctx.collectionStart;
  }),
  examples: [
    {
      description: 'a reason for a young person who turned 17 on 31 March is flagged',
      year: 2026,
      current: { OC2: [{ CHILD: '1', DOB: '2008-03-31', SDQ_REASON: 'SDQ1' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a young person who turns 17 on 1 April (the first day of the year) may have a score',
      year: 2026,
      current: { OC2: [{ CHILD: '1', DOB: '2008-04-01', SDQ_SCORE: '20' }] },
      expect: {},
    },
  ],
};
