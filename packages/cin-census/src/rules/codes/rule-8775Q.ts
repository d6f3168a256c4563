import { addMonths } from '@waypoint/calendar';
import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8775Q — a child more than 25 years old at the reference date is queried when one of their episodes is still
 * open or closed after their 25th birthday.
 */
export const rule8775Q: ChildRuleDefinition = {
  code: '8775Q',
  message: 'Please check: Child is over 25 years old',
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonBirthDate'], CINdetails: ['CINclosureDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate, periodValue }) => {
    const dob = tables.ChildIdentifiers[0]?.PersonBirthDate ?? '';
    if (dob === '' || dob >= periodValue('8775Q', () => addMonths(referenceDate, -300))) return undefined;
    const birthday25 = addMonths(dob, 300);
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINclosureDate === '' || cin.CINclosureDate > birthday25) out = addFlag(out, 'CINdetails', i);
    });
    if (out) out = addFlag(out, 'ChildIdentifiers', 0);
    return out;
  },
  examples: [
    {
      description: 'an open episode of a person born in 1990 is queried',
      tables: {
        ChildIdentifiers: [{ PersonBirthDate: '1990-01-01' }],
        CINdetails: [
          { CINdetailsID: '1', CINclosureDate: '2005-01-01' },
          { CINdetailsID: '2', CINclosureDate: '' },
        ],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [1] },
    },
    {
      description: 'episodes closed before the 25th birthday, or a younger child, pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '1965-03-27' },
          { LAchildID: 'b', PersonBirthDate: '2000-01-01' },
        ],
        CINdetails: [
          { LAchildID: 'a', CINclosureDate: '1971-02-27' },
          { LAchildID: 'b', CINclosureDate: '' },
        ],
      },
      expect: {},
    },
  ],
};
