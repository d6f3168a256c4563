import type { ChildRuleDefinition } from '../rule.ts';

/** A letter then 12 digits, or a letter, 11 digits and a letter (temporary UPN), as the census XSD allows. */
const UPN_FORMAT = /^[A-Za-z](?:\d{12}|\d{11}[A-Za-z])$/;

/**
 * 1560Q — a former UPN, when present, should be in UPN format. Temporary UPNs (ending in a letter) are
 * accepted, as the XSD and DfE guidance allow (the reference validator rejects them: see README).
 */
export const rule1560Q: ChildRuleDefinition = {
  code: '1560Q',
  message: 'Please check: Former UPN wrongly formatted',
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['FormerUPN'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const former = tables.ChildIdentifiers[0]?.FormerUPN ?? '';
    return former === '' || UPN_FORMAT.test(former) ? undefined : { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'wrong length or a letter inside the digits is queried',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', FormerUPN: 'X98721238' },
          { LAchildID: 'b', FormerUPN: 'X0000y0000007' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'a permanent or temporary UPN, or none, passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', FormerUPN: 'X987654321231' },
          { LAchildID: 'b', FormerUPN: 'X98765432123B' },
          { LAchildID: 'c', FormerUPN: '' },
        ],
      },
      expect: {},
    },
  ],
};
