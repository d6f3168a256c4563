import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 2884 — an initial child protection conference must be recorded once: the same ICPC date cannot appear both
 * on a CIN episode and on one of the child's section 47 enquiries.
 */
export const rule2884: ChildRuleDefinition = {
  code: '2884',
  message:
    'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['DateOfInitialCPC'], CINdetails: ['DateOfInitialCPC'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (cin.DateOfInitialCPC === '') return;
      tables.Section47.forEach((s, i) => {
        if (s.DateOfInitialCPC !== cin.DateOfInitialCPC) return;
        out = addFlag(out, 'Section47', i);
        out = addFlag(out, 'CINdetails', e);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'the same ICPC date on the episode and on an S47 is flagged on both',
      tables: {
        CINdetails: [{ DateOfInitialCPC: '2022-05-26' }],
        Section47: [{ DateOfInitialCPC: '2022-05-26' }, { DateOfInitialCPC: '2022-06-26' }],
      },
      expect: { CINdetails: [0], Section47: [0] },
    },
    {
      description: 'different dates, or an ICPC on one level only, pass',
      tables: {
        CINdetails: [{ CINdetailsID: '1', DateOfInitialCPC: '2022-05-26' }, { CINdetailsID: '2' }],
        Section47: [{ CINdetailsID: '2', DateOfInitialCPC: '2022-05-27' }],
      },
      expect: {},
    },
  ],
};
