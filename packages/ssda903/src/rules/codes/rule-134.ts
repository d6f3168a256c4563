import type { RuleDefinition } from '../rule.ts';

const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

/** 134 — a child with care-leaver (OC3) data cannot also have adoption (AD1) data. */
export const rule134: RuleDefinition = {
  code: '134',
  message: 'Data on adoption should not be entered for the OC3 cohort.',
  tables: ['AD1'],
  fields: [...OC3_FIELDS, ...AD1_FIELDS],
  years: { from: 2023 },
  needsTables: ['OC3', 'AD1'],
  check: (ctx) => {
    const careLeavers = new Set(
      (ctx.current.OC3 ?? []).filter((r) => OC3_FIELDS.some((f) => r[f] !== '')).map((r) => r.CHILD),
    );
    const AD1: number[] = [];
    (ctx.current.AD1 ?? []).forEach((r, i) => {
      if (careLeavers.has(r.CHILD) && AD1_FIELDS.some((f) => r[f] !== '')) AD1.push(i);
    });
    return { AD1 };
  },
  examples: [
    {
      description: 'adoption data for a child with OC3 data is flagged',
      current: {
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
        AD1: [{ CHILD: '1', DATE_INT: '2025-05-01' }],
      },
      expect: { AD1: [0] },
    },
    {
      description: 'adoption data for a child whose OC3 row is blank, or who has none, passes',
      current: {
        OC3: [{ CHILD: '1' }],
        AD1: [
          { CHILD: '1', DATE_INT: '2025-05-01' },
          { CHILD: '2', DATE_MATCH: '2025-05-01' },
        ],
      },
      expect: {},
    },
  ],
};
