import { eachRow } from '../each-row.ts';
import { birthday } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 188 — no SDQ score or reason for a child under 4 at the end of the year. */
export const rule188: RuleDefinition = {
  code: '188',
  message:
    'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ',
  tables: ['OC2'],
  fields: ['SDQ_SCORE', 'SDQ_REASON'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r, ctx) => {
    if (r.SDQ_SCORE === '' && r.SDQ_REASON === '') return false;
    const fourth = birthday(r.DOB, 4);
    return fourth !== null && fourth > ctx.collectionEnd;
  }),
  examples: [
    {
      description: 'a score for a child who turns 4 on 1 April is flagged',
      year: 2026,
      current: { OC2: [{ CHILD: '1', DOB: '2022-04-01', SDQ_SCORE: '10' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a child who turns 4 on 31 March may have a score',
      year: 2026,
      current: { OC2: [{ CHILD: '1', DOB: '2022-03-31', SDQ_SCORE: '10' }] },
      expect: {},
    },
  ],
};
