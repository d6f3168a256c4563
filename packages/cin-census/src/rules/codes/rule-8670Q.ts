import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';
import { validatorWorkingDaysBefore } from '../working-days.ts';

/**
 * 8670Q — an assessment with no authorisation date should not have started before the reference date minus
 * 45 working days (it has been open too long). Working days in the validator's inclusive convention.
 */
export const rule8670Q: ChildRuleDefinition = {
  code: '8670Q',
  message:
    'Please check: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
  type: 'query',
  scope: 'child',
  fields: { Assessments: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate, periodValue }) => {
    let out: RuleFlags | undefined;
    let latest: string | undefined;
    tables.Assessments.forEach((a, i) => {
      if (a.AssessmentAuthorisationDate !== '' || a.AssessmentActualStartDate === '') return;
      latest ??= periodValue('8670Q', () => validatorWorkingDaysBefore(referenceDate, 45));
      if (a.AssessmentActualStartDate < latest) out = addFlag(out, 'Assessments', i);
    });
    return out;
  },
  examples: [
    {
      // 45 working days ending on Friday 31 March 2023, both ends counted, start on Monday 30 January 2023.
      description: 'an open assessment started on Friday 27 January 2023 is queried at 31 March 2023',
      tables: { Assessments: [{ AssessmentActualStartDate: '2023-01-27' }] },
      expect: { Assessments: [0] },
    },
    {
      description: 'an open assessment started on 30 January 2023, or a completed older one, passes',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentActualStartDate: '2023-01-30' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-10-15', AssessmentAuthorisationDate: '2022-12-01' },
        ],
      },
      expect: {},
    },
  ],
};
