import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8790 — a child recorded with disability NONE cannot have other disability codes (the others are flagged). */
export const rule8790: ChildRuleDefinition = {
  code: '8790',
  message: 'Disability information includes both None and other values',
  type: 'error',
  scope: 'child',
  fields: { Disabilities: ['Disability'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const rows = tables.Disabilities;
    if (rows.length < 2 || !rows.some((r) => r.Disability.toUpperCase() === 'NONE')) return undefined;
    let out: RuleFlags | undefined;
    rows.forEach((row, i) => {
      if (row.Disability.toUpperCase() !== 'NONE') out = addFlag(out, 'Disabilities', i);
    });
    return out;
  },
  examples: [
    {
      description: 'codes recorded alongside NONE are flagged',
      tables: { Disabilities: [{ Disability: 'NONE' }, { Disability: 'AUT' }] },
      expect: { Disabilities: [1] },
    },
    {
      description: 'NONE alone, and other codes without NONE, pass',
      tables: {
        Disabilities: [
          { LAchildID: 'a', Disability: 'NONE' },
          { LAchildID: 'b', Disability: 'AUT' },
          { LAchildID: 'b', Disability: 'LD' },
        ],
      },
      expect: {},
    },
  ],
};
