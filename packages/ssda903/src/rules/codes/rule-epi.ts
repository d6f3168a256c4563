import type { RuleDefinition } from '../rule.ts';

/**
 * EPI — a child in Header needs episodes (or, for a care leaver, an OC3 row) before the DfE portal can
 * validate them further. Tool integrity check.
 */
export const ruleEpi: RuleDefinition = {
  code: 'EPI',
  message:
    'WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]',
  tables: ['Header'],
  fields: ['CHILD'],
  severity: 'integrity',
  years: { from: 2023 },
  needsTables: ['Header'],
  check: (ctx) => {
    const episodes = ctx.byChild('Episodes');
    const oc3 = ctx.byChild('OC3');
    const Header: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (!episodes.has(h.CHILD) && !oc3.has(h.CHILD)) Header.push(i);
    });
    return { Header };
  },
  examples: [
    {
      description: 'a child with neither episodes nor OC3 is flagged',
      current: { Header: [{ CHILD: '1' }, { CHILD: '2' }], Episodes: [{ CHILD: '1' }] },
      expect: { Header: [1] },
    },
    {
      description: 'a child with episodes, and a care leaver with only OC3, pass',
      current: { Header: [{ CHILD: '1' }, { CHILD: '2' }], Episodes: [{ CHILD: '1' }], OC3: [{ CHILD: '2' }] },
      expect: {},
    },
  ],
};
