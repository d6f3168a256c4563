import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';
import { validatorWorkingDaysBefore } from '../working-days.ts';

/**
 * 8675Q — an S47 with no ICPC date and ICPCnotRequired false should not have started before the reference date
 * minus 15 working days (its conference is overdue). Working days in the validator's inclusive convention.
 * (The reference validator reads the column as `ICPCnotReqiured`; the element is `ICPCnotRequired`.)
 */
export const rule8675Q: ChildRuleDefinition = {
  code: '8675Q',
  message:
    'Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.',
  type: 'query',
  scope: 'child',
  fields: { Section47: ['DateOfInitialCPC', 'S47ActualStartDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate, periodValue }) => {
    let out: RuleFlags | undefined;
    let latest: string | undefined;
    tables.Section47.forEach((s, i) => {
      if (s.DateOfInitialCPC !== '' || !isFalse(s.ICPCnotRequired) || s.S47ActualStartDate === '') return;
      latest ??= periodValue('8675Q', () => validatorWorkingDaysBefore(referenceDate, 15));
      if (s.S47ActualStartDate < latest) out = addFlag(out, 'Section47', i);
    });
    return out;
  },
  examples: [
    {
      // 15 working days ending on Friday 31 March 2023, both ends counted, start on Monday 13 March 2023.
      description: 'an S47 from Friday 10 March 2023 still awaiting its conference is queried',
      tables: { Section47: [{ S47ActualStartDate: '2023-03-10', ICPCnotRequired: 'false' }] },
      expect: { Section47: [0] },
    },
    {
      description: 'an S47 from 13 March, one with a conference, and one not needing one pass',
      tables: {
        Section47: [
          { S47ActualStartDate: '2023-03-13', ICPCnotRequired: '0' },
          { S47ActualStartDate: '2023-01-10', DateOfInitialCPC: '2023-01-30', ICPCnotRequired: 'false' },
          { S47ActualStartDate: '2023-01-10', ICPCnotRequired: 'true' },
        ],
      },
      expect: {},
    },
  ],
};
