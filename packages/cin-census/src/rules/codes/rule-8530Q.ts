import { addDays, addMonths } from '@waypoint/calendar';
import type { ChildRuleDefinition } from '../rule.ts';

/**
 * 8530Q — an expected date of birth should lie strictly between the reference date minus 30 days and the
 * reference date plus 9 months (roughly March to December of the census end year).
 */
export const rule8530Q: ChildRuleDefinition = {
  code: '8530Q',
  message:
    'Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)',
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['ExpectedPersonBirthDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate, periodValue }) => {
    const expected = tables.ChildIdentifiers[0]?.ExpectedPersonBirthDate ?? '';
    if (expected === '') return undefined;
    const outside =
      expected <= periodValue('8530Q.from', () => addDays(referenceDate, -30)) ||
      expected >= periodValue('8530Q.to', () => addMonths(referenceDate, 9));
    return outside ? { ChildIdentifiers: [0] } : undefined;
  },
  examples: [
    {
      description: 'expected births 30 days before the reference date, or 9 months after, are queried',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', ExpectedPersonBirthDate: '2023-03-01' },
          { LAchildID: 'b', ExpectedPersonBirthDate: '2023-12-31' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'an expected birth in March or December of the census end year passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', ExpectedPersonBirthDate: '2023-03-02' },
          { LAchildID: 'b', ExpectedPersonBirthDate: '2023-12-30' },
        ],
      },
      expect: {},
    },
  ],
};
