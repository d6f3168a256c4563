import { addFlag, isFalse, outsidePeriod } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8740 — an S47 with no ICPC date and ICPCnotRequired false (still awaiting a conference) must have started
 * within the census year.
 */
export const rule8740: ChildRuleDefinition = {
  code: '8740',
  message:
    'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'] },
  years: { from: 2023 },
  check: (ctx) => {
    let out: RuleFlags | undefined;
    ctx.tables.Section47.forEach((s, i) => {
      if (s.DateOfInitialCPC === '' && isFalse(s.ICPCnotRequired) && outsidePeriod(s.S47ActualStartDate, ctx)) {
        out = addFlag(out, 'Section47', i);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'an S47 from before the year still awaiting its conference is flagged',
      tables: { Section47: [{ S47ActualStartDate: '2022-03-26', ICPCnotRequired: '0' }] },
      expect: { Section47: [0] },
    },
    {
      description: 'one with a conference, one not needing one, and one started in the year pass',
      tables: {
        Section47: [
          { S47ActualStartDate: '2022-03-26', DateOfInitialCPC: '2022-04-10', ICPCnotRequired: 'false' },
          { S47ActualStartDate: '2022-03-26', ICPCnotRequired: 'true' },
          { S47ActualStartDate: '2022-05-26', ICPCnotRequired: '0' },
        ],
      },
      expect: {},
    },
  ],
};
