import { addDays, addMonths } from '@waypoint/calendar';
import { isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleExample } from '../rule.ts';

/** UPN unknown reasons accepted for a school-age child (UN1, "not of school age", is not). */
const SCHOOL_AGE_REASONS = new Set(['UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7']);

function make(
  message: string,
  years: { from: number; to?: number },
  latestBirth: (referenceDate: string) => string,
  examples: RuleExample[],
): ChildRuleDefinition {
  return {
    code: '8770Q',
    message,
    type: 'query',
    scope: 'child',
    fields: { ChildIdentifiers: ['UPN', 'UPNunknown'] },
    years,
    check: ({ tables, referenceDate, periodValue }) => {
      const child = tables.ChildIdentifiers[0];
      if (!child || child.PersonBirthDate === '' || child.UPN !== '') return undefined;
      if (child.PersonBirthDate > periodValue('8770Q', () => latestBirth(referenceDate))) return undefined;
      if (!tables.CINdetails.some((c) => isFalse(c.ReferralNFA))) return undefined;
      return SCHOOL_AGE_REASONS.has(child.UPNunknown.toUpperCase()) ? undefined : { ChildIdentifiers: [0] };
    },
    examples,
  };
}

/**
 * 8770Q (to 2023/24) — a child born at least 6 years before the reference date with a referral that went on to
 * further action should have a UPN or a reason it is unknown (UN2–UN7).
 */
export const rule8770QBase = make(
  'Please check and either amend data or provide a reason: UPN or reason UPN missing expected for a child who is more than 5 years old',
  { from: 2023, to: 2024 },
  (referenceDate) => addMonths(referenceDate, -72),
  [
    {
      description: 'a 6-year-old with no UPN, or with UN1, is queried',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2017-03-31' },
          { LAchildID: 'b', PersonBirthDate: '2010-01-01', UPNunknown: 'UN1' },
        ],
        CINdetails: [
          { LAchildID: 'a', ReferralNFA: '0' },
          { LAchildID: 'b', ReferralNFA: 'false' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'a UPN, a reason such as un5, a younger child, or NFA-only referrals pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2010-01-01', UPN: 'A123456789012' },
          { LAchildID: 'b', PersonBirthDate: '2010-01-01', UPNunknown: 'un5' },
          { LAchildID: 'c', PersonBirthDate: '2017-04-01' },
          { LAchildID: 'd', PersonBirthDate: '2010-01-01' },
        ],
        CINdetails: [
          { LAchildID: 'a', ReferralNFA: '0' },
          { LAchildID: 'b', ReferralNFA: '0' },
          { LAchildID: 'c', ReferralNFA: '0' },
          { LAchildID: 'd', ReferralNFA: '1' },
        ],
      },
      expect: {},
    },
  ],
);

/**
 * 8770Q (from 2024/25) — a school-age child (born on or before 31 August four years before the reference year's
 * September school start) with a referral that went on to further action should have a UPN or a reason other
 * than UN1.
 */
export const rule8770QSchoolAge = make(
  'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
  { from: 2025 },
  (referenceDate) => addMonths(addDays(addMonths(referenceDate, 4), 31), -48),
  [
    {
      description: 'a child born 31 August 2021 with no UPN is queried at 31 March 2025',
      year: 2025,
      tables: {
        ChildIdentifiers: [{ PersonBirthDate: '2021-08-31' }],
        CINdetails: [{ ReferralNFA: 'false' }],
      },
      expect: { ChildIdentifiers: [0] },
    },
    {
      description: 'a child born 1 September 2021 is not yet of school age',
      year: 2025,
      tables: {
        ChildIdentifiers: [{ PersonBirthDate: '2021-09-01', UPNunknown: 'UN1' }],
        CINdetails: [{ ReferralNFA: 'false' }],
      },
      expect: {},
    },
  ],
);
