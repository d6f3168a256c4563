import type { ReturnRuleDefinition } from '../rule.ts';

/**
 * 2888Q (return level) — where children have disabilities recorded, at least one child should have more than
 * one code (NONE excluded); the query is raised when every disabled child has exactly one.
 */
export const rule2888Q: ReturnRuleDefinition = {
  code: '2888Q',
  message:
    'Please check: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.',
  type: 'query',
  scope: 'return',
  fields: { Disabilities: ['Disability'] },
  years: { from: 2023 },
  start: () => {
    let anyDisabled = false;
    let anyMultiple = false;
    return {
      child: ({ tables }) => {
        if (anyMultiple) return;
        let n = 0;
        for (const row of tables.Disabilities)
          if (row.Disability !== '' && row.Disability.toUpperCase() !== 'NONE') n++;
        if (n > 0) anyDisabled = true;
        if (n > 1) anyMultiple = true;
      },
      finish: () => ({ returnLevel: anyDisabled && !anyMultiple }),
    };
  },
  examples: [
    {
      description: 'every disabled child with a single code raises the query',
      tables: {
        Disabilities: [
          { LAchildID: 'a', Disability: 'MOB' },
          { LAchildID: 'b', Disability: 'NONE' },
          { LAchildID: 'b', Disability: 'NONE' },
          { LAchildID: 'c', Disability: 'AUT' },
        ],
      },
      expect: {},
      expectReturnLevel: true,
    },
    {
      description: 'one child with two codes passes; so does a return with no disabilities',
      tables: {
        Disabilities: [
          { LAchildID: 'a', Disability: 'MOB' },
          { LAchildID: 'c', Disability: 'AUT' },
          { LAchildID: 'c', Disability: 'LD' },
        ],
      },
      expect: {},
    },
  ],
};
