import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8794 — a child cannot have the same disability code twice (every copy is flagged). */
export const rule8794: ChildRuleDefinition = {
  code: '8794',
  message: 'Child has two or more disabilities with the same code',
  type: 'error',
  scope: 'child',
  fields: { Disabilities: ['Disability'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const rows = tables.Disabilities;
    if (rows.length < 2) return undefined;
    let out: RuleFlags | undefined;
    rows.forEach((row, i) => {
      if (row.Disability === '') return;
      if (rows.some((other, j) => j !== i && other.Disability === row.Disability))
        out = addFlag(out, 'Disabilities', i);
    });
    return out;
  },
  examples: [
    {
      description: 'both copies of a repeated code are flagged',
      tables: { Disabilities: [{ Disability: 'MOB' }, { Disability: 'HAND' }, { Disability: 'MOB' }] },
      expect: { Disabilities: [0, 2] },
    },
    {
      description: 'different codes, or the same code on different children, pass',
      tables: {
        Disabilities: [
          { LAchildID: 'a', Disability: 'MOB' },
          { LAchildID: 'a', Disability: 'HAND' },
          { LAchildID: 'b', Disability: 'MOB' },
        ],
      },
      expect: {},
    },
  ],
};
