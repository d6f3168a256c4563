import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 4010 — every CIN plan needs a start date on or before the reference date. */
export const rule4010: ChildRuleDefinition = {
  code: '4010',
  message: 'CIN Plan start date is missing or out of data collection period',
  type: 'error',
  scope: 'child',
  fields: { CINplanDates: ['CINPlanStartDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    let out: RuleFlags | undefined;
    tables.CINplanDates.forEach((plan, i) => {
      if (plan.CINPlanStartDate === '' || plan.CINPlanStartDate > referenceDate) out = addFlag(out, 'CINplanDates', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a missing start and a start after 31 March are flagged',
      tables: { CINplanDates: [{ CINPlanStartDate: '' }, { CINPlanStartDate: '2023-04-25' }] },
      expect: { CINplanDates: [0, 1] },
    },
    {
      description: 'starts on or before the reference date pass, however old',
      tables: { CINplanDates: [{ CINPlanStartDate: '2023-03-31' }, { CINPlanStartDate: '1999-01-30' }] },
      expect: {},
    },
  ],
};
