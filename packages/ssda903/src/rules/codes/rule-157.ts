import { birthday, continuouslyLookedAfter, flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 157 — SDQ1 ("child aged under 4 or over 16") cannot be the reason for no SDQ score for a child looked after
 * continuously for 12 months who was at least 4 at the start of the year and had not passed 16 at its end
 * (16th birthday on or after 31 March), as the sector's validator reads the DfE rule.
 */
export const rule157: RuleDefinition = {
  code: '157',
  message:
    'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.',
  tables: ['OC2'],
  fields: ['SDQ_REASON', 'DOB'],
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    return {
      OC2: flagRows(ctx.current.OC2, (r) => {
        if (r.SDQ_REASON !== 'SDQ1' || r.SDQ_SCORE !== '' || !cla.has(r.CHILD)) return false;
        const fourth = birthday(r.DOB, 4);
        const sixteenth = birthday(r.DOB, 16);
        return fourth !== null && sixteenth !== null && fourth <= ctx.collectionStart && sixteenth >= ctx.collectionEnd;
      }),
    };
  },
  examples: [
    {
      description: 'SDQ1 for a 10-year-old looked after all year is flagged',
      year: 2026,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', RNE: 'S', LS: 'C2', DEC: '', REC: '' }],
        OC2: [{ CHILD: '1', DOB: '2015-06-01', SDQ_REASON: 'SDQ1' }],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'SDQ1 for a 3-year-old, or for a child who came into care in the year, passes',
      year: 2026,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-01-01', RNE: 'S', LS: 'C2' },
          { CHILD: '2', DECOM: '2025-06-01', RNE: 'S', LS: 'C2' },
        ],
        OC2: [
          { CHILD: '1', DOB: '2022-06-01', SDQ_REASON: 'SDQ1' },
          { CHILD: '2', DOB: '2015-06-01', SDQ_REASON: 'SDQ1' },
        ],
      },
      expect: {},
    },
  ],
};
