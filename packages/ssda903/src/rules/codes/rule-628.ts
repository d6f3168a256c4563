import type { RuleDefinition } from '../rule.ts';

/** 628 — care leavers with no episodes this year need no motherhood details. */
export const rule628: RuleDefinition = {
  code: '628',
  message: 'Motherhood details are not required for care leavers who have not been looked after during the year.',
  tables: ['Header'],
  fields: ['MOTHER'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header', 'OC3'],
  check: (ctx) => {
    const withEpisodes = ctx.byChild('Episodes');
    const careLeavers = new Set<string>();
    for (const o of ctx.current.OC3 ?? []) {
      if (o.IN_TOUCH !== '' || o.ACTIV !== '' || o.ACCOM !== '') careLeavers.add(o.CHILD);
    }
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (h.MOTHER !== '' && !withEpisodes.has(h.CHILD) && careLeavers.has(h.CHILD)) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a care leaver with no episodes and MOTHER filled is flagged',
      current: {
        Header: [{ CHILD: '1', MOTHER: '0' }],
        Episodes: [{ CHILD: '2' }],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      },
      expect: { Header: [0] },
    },
    {
      description: 'a care leaver with episodes, or without MOTHER, passes',
      current: {
        Header: [
          { CHILD: '1', MOTHER: '1' },
          { CHILD: '2', MOTHER: '' },
        ],
        Episodes: [{ CHILD: '1' }],
        OC3: [
          { CHILD: '1', IN_TOUCH: 'YES' },
          { CHILD: '2', IN_TOUCH: 'YES' },
        ],
      },
      expect: {},
    },
  ],
};
