import { addFlag, outsidePeriod } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8620 — a CIN closure date, when present, must fall within the census year (both ends included). */
export const rule8620: ChildRuleDefinition = {
  code: '8620',
  message: 'CIN Closure Date present and does not fall within the Census year',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINclosureDate'] },
  years: { from: 2023 },
  check: (ctx) => {
    let out: RuleFlags | undefined;
    ctx.tables.CINdetails.forEach((cin, i) => {
      if (outsidePeriod(cin.CINclosureDate, ctx)) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'closures before 1 April or after 31 March are flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINclosureDate: '2022-03-31' },
          { CINdetailsID: '2', CINclosureDate: '2023-04-01' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'closures on the first and last day of the year, or none, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINclosureDate: '2022-04-01' },
          { CINdetailsID: '2', CINclosureDate: '2023-03-31' },
          { CINdetailsID: '3', CINclosureDate: '' },
        ],
      },
      expect: {},
    },
  ],
};
