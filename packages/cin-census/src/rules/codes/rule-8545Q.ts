import { outsidePeriod } from '../helpers.ts';
import type { ChildRuleDefinition } from '../rule.ts';

/** 8545Q — a date of death, when present, should fall within the census year. */
export const rule8545Q: ChildRuleDefinition = {
  code: '8545Q',
  message: "Please check: Child's date of death should be within the census year",
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonDeathDate'] },
  years: { from: 2023 },
  check: (ctx) =>
    outsidePeriod(ctx.tables.ChildIdentifiers[0]?.PersonDeathDate ?? '', ctx) ? { ChildIdentifiers: [0] } : undefined,
  examples: [
    {
      description: 'deaths before or after the census year are queried',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonDeathDate: '2022-03-01' },
          { LAchildID: 'b', PersonDeathDate: '2023-04-01' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'a death within the year, or none, passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonDeathDate: '2022-04-01' },
          { LAchildID: 'b', PersonDeathDate: '' },
        ],
      },
      expect: {},
    },
  ],
};
