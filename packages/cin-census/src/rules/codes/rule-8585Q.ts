import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8585Q — an episode closed with reason RC2 (died) needs the child's date of death. */
export const rule8585Q: ChildRuleDefinition = {
  code: '8585Q',
  message:
    'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death',
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonDeathDate'], CINdetails: ['ReasonForClosure'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    if ((tables.ChildIdentifiers[0]?.PersonDeathDate ?? '') !== '') return undefined;
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.ReasonForClosure === 'RC2') out = addFlag(out, 'CINdetails', i);
    });
    if (out) out = addFlag(out, 'ChildIdentifiers', 0);
    return out;
  },
  examples: [
    {
      description: 'RC2 without a date of death is queried on the episode and the child',
      tables: {
        ChildIdentifiers: [{ PersonDeathDate: '' }],
        CINdetails: [{ ReasonForClosure: 'RC2' }],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [0] },
    },
    {
      description: 'RC2 with a date of death, and other reasons, pass',
      tables: {
        ChildIdentifiers: [{ LAchildID: 'a', PersonDeathDate: '2022-05-26' }, { LAchildID: 'b' }],
        CINdetails: [
          { LAchildID: 'a', ReasonForClosure: 'RC2' },
          { LAchildID: 'b', ReasonForClosure: 'RC7' },
        ],
      },
      expect: {},
    },
  ],
};
