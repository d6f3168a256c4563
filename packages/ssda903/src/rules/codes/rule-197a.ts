import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 197a — no reason for no SDQ score when a score is given. */
export const rule197a: RuleDefinition = {
  code: '197a',
  message:
    'Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.',
  tables: ['OC2'],
  fields: ['SDQ_SCORE', 'SDQ_REASON'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r) => r.SDQ_SCORE !== '' && r.SDQ_REASON !== ''),
  examples: [
    {
      description: 'a score and a reason together are flagged',
      current: { OC2: [{ CHILD: '1', SDQ_SCORE: '10', SDQ_REASON: 'SDQ4' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a score alone or a reason alone passes',
      current: {
        OC2: [
          { CHILD: '1', SDQ_SCORE: '10' },
          { CHILD: '2', SDQ_REASON: 'SDQ4' },
        ],
      },
      expect: {},
    },
  ],
};
