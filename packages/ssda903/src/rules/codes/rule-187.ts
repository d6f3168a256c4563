import { continuouslyLookedAfter } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { CLA_EPISODES } from './cla-example.ts';

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;
const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** 187 — a child looked after continuously for 12 months cannot have adoption (AD1) or care-leaver (OC3) data. */
export const rule187: RuleDefinition = {
  code: '187',
  message:
    'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.',
  tables: ['AD1', 'OC3'],
  fields: [...AD1_FIELDS, ...OC3_FIELDS],
  years: { from: 2023 },
  needsTables: ['OC3', 'AD1', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    const AD1: number[] = [];
    const OC3: number[] = [];
    (ctx.current.AD1 ?? []).forEach((r, i) => {
      if (cla.has(r.CHILD) && AD1_FIELDS.some((f) => r[f] !== '')) AD1.push(i);
    });
    (ctx.current.OC3 ?? []).forEach((r, i) => {
      if (cla.has(r.CHILD) && OC3_FIELDS.some((f) => r[f] !== '')) OC3.push(i);
    });
    return { AD1, OC3 };
  },
  examples: [
    {
      description: 'adoption and care-leaver data for a child looked after all year are flagged',
      year: 2026,
      current: {
        Episodes: CLA_EPISODES,
        AD1: [{ CHILD: 'A', DATE_INT: '2025-05-01' }],
        OC3: [{ CHILD: 'A', IN_TOUCH: 'YES' }],
      },
      expect: { AD1: [0], OC3: [0] },
    },
    {
      description: 'the same data for a child who came into care in the year passes',
      year: 2026,
      current: {
        Episodes: CLA_EPISODES,
        AD1: [{ CHILD: 'B', DATE_INT: '2025-07-01' }],
        OC3: [{ CHILD: 'B', IN_TOUCH: 'YES' }],
      },
      expect: {},
    },
  ],
};
