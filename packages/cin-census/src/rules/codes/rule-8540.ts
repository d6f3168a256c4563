import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';
import { DISABILITY_CODES } from './code-lists.ts';

/**
 * 8540 — a born child (date of birth present) with at least one referral that went on to further action
 * (ReferralNFA false/0) must have one or more disabilities recorded (NONE allowed), all valid codes. Flags the
 * date of birth, those referrals and any invalid disability.
 */
export const rule8540: ChildRuleDefinition = {
  code: '8540',
  message: 'Child’s disability is missing or invalid (see Disability table)',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonBirthDate'], Disabilities: ['Disability'], CINdetails: ['ReferralNFA'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    if ((tables.ChildIdentifiers[0]?.PersonBirthDate ?? '') === '') return undefined;
    if (!tables.CINdetails.some((c) => isFalse(c.ReferralNFA))) return undefined;
    let out: RuleFlags | undefined;
    tables.Disabilities.forEach((d, i) => {
      if (!DISABILITY_CODES.has(d.Disability)) out = addFlag(out, 'Disabilities', i);
    });
    if (!out && tables.Disabilities.length > 0) return undefined;
    out = addFlag(out, 'ChildIdentifiers', 0);
    tables.CINdetails.forEach((c, i) => {
      if (isFalse(c.ReferralNFA)) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a child in need with no disability recorded is flagged',
      tables: {
        ChildIdentifiers: [{ PersonBirthDate: '2015-01-01' }],
        CINdetails: [
          { CINdetailsID: '1', ReferralNFA: 'true' },
          { CINdetailsID: '2', ReferralNFA: 'false' },
        ],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [1] },
    },
    {
      description: 'an invalid disability code is flagged with the child',
      tables: {
        ChildIdentifiers: [{ PersonBirthDate: '2015-01-01' }],
        CINdetails: [{ ReferralNFA: '0' }],
        Disabilities: [{ Disability: 'MOB' }, { Disability: 'notreal' }],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [0], Disabilities: [1] },
    },
    {
      description: 'valid codes (or NONE), NFA-only children and unborn children pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2015-01-01' },
          { LAchildID: 'b', PersonBirthDate: '2015-01-01' },
          { LAchildID: 'c', PersonBirthDate: '' },
        ],
        CINdetails: [
          { LAchildID: 'a', ReferralNFA: '0' },
          { LAchildID: 'b', ReferralNFA: '1' },
          { LAchildID: 'c', ReferralNFA: '0' },
        ],
        Disabilities: [{ LAchildID: 'a', Disability: 'NONE' }],
      },
      expect: {},
    },
  ],
};
