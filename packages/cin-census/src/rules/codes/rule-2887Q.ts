import type { ReturnRuleDefinition } from '../rule.ts';

/**
 * 2887Q (return level) — an authority should use more than 7 different disability codes (NONE and blanks
 * excluded) across its return. Counts distinct codes, as the DfE rule says (the reference validator counts
 * NONE rows instead: see README).
 */
export const rule2887Q: ReturnRuleDefinition = {
  code: '2887Q',
  message:
    'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
  type: 'query',
  scope: 'return',
  fields: { Disabilities: ['Disability'] },
  years: { from: 2023 },
  start: () => {
    const codes = new Set<string>();
    return {
      child: ({ tables }) => {
        for (const row of tables.Disabilities) {
          if (row.Disability !== '' && row.Disability.toUpperCase() !== 'NONE') codes.add(row.Disability);
        }
      },
      finish: () => ({ returnLevel: codes.size <= 7 }),
    };
  },
  examples: [
    {
      description: 'seven different codes (repeats and NONE not counted) raise the query',
      tables: {
        Disabilities: ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'MOB', 'NONE'].map((d, i) => ({
          LAchildID: `c${i}`,
          Disability: d,
        })),
      },
      expect: {},
      expectReturnLevel: true,
    },
    {
      description: 'eight different codes pass',
      tables: {
        Disabilities: ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS'].map((d, i) => ({
          LAchildID: `c${i}`,
          Disability: d,
        })),
      },
      expect: {},
    },
  ],
};
