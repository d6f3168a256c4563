import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** A whole number from 0 to 40 (a trailing ".0" is accepted, as spreadsheets write it). */
function isSdqScore(value: string): boolean {
  if (!/^\d+(\.0*)?$/.test(value)) return false;
  const score = Number(value);
  return score >= 0 && score <= 40;
}

/** 180 — SDQ_SCORE, when given, must be a whole number from 0 to 40. */
export const rule180: RuleDefinition = {
  code: '180',
  message: 'Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.',
  tables: ['OC2'],
  fields: ['SDQ_SCORE'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r) => r.SDQ_SCORE !== '' && !isSdqScore(r.SDQ_SCORE)),
  examples: [
    {
      description: '41, 39.5 and XX are flagged',
      current: {
        OC2: [
          { CHILD: '1', SDQ_SCORE: '41' },
          { CHILD: '2', SDQ_SCORE: '39.5' },
          { CHILD: '3', SDQ_SCORE: 'XX' },
        ],
      },
      expect: { OC2: [0, 1, 2] },
    },
    {
      description: '0, 40, 20.0 and a blank pass',
      current: {
        OC2: [
          { CHILD: '1', SDQ_SCORE: '0' },
          { CHILD: '2', SDQ_SCORE: '40' },
          { CHILD: '3', SDQ_SCORE: '20.0' },
          { CHILD: '4', SDQ_SCORE: '' },
        ],
      },
      expect: {},
    },
  ],
};
