import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';
import { SHORT_BREAK_STATUSES } from '../shared-200-399.ts';

/** Girls (by the year's SEX code) looked after other than on short breaks must have MOTHER completed. */
function motherMissing(femaleCode: string) {
  return (ctx: RuleContext): RuleFlags => {
    const lookedAfter = new Set<string>();
    for (const e of ctx.current.Episodes ?? []) if (!SHORT_BREAK_STATUSES.has(e.LS)) lookedAfter.add(e.CHILD);
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (h.SEX === femaleCode && h.MOTHER === '' && lookedAfter.has(h.CHILD)) out.push(i);
    });
    return { Header: out };
  };
}

const base = {
  code: '393',
  message: 'Child is looked after but mother field is not completed.',
  tables: ['Header'],
  fields: ['MOTHER'],
  needsTables: ['Header', 'Episodes'],
} as const;

/** 393 (to 2023/24) — a looked-after girl (SEX 2) must have MOTHER completed. */
export const rule393: RuleDefinition = {
  ...base,
  years: { from: 2023, to: 2024 },
  check: motherMissing('2'),
  examples: [
    {
      description: 'a looked-after girl with MOTHER blank is flagged',
      current: { Header: [{ CHILD: '1', SEX: '2', MOTHER: '' }], Episodes: [{ CHILD: '1', LS: 'C1' }] },
      expect: { Header: [0] },
    },
    {
      description: 'MOTHER 0, a boy, and a girl only on short breaks pass',
      current: {
        Header: [
          { CHILD: '1', SEX: '2', MOTHER: '0' },
          { CHILD: '2', SEX: '1', MOTHER: '' },
          { CHILD: '3', SEX: '2', MOTHER: '' },
        ],
        Episodes: [
          { CHILD: '1', LS: 'C2' },
          { CHILD: '2', LS: 'C2' },
          { CHILD: '3', LS: 'V4' },
        ],
      },
      expect: {},
    },
  ],
};

/** 393 (from 2024/25) — as before, with the new SEX code F. */
export const rule393From2025: RuleDefinition = {
  ...base,
  years: { from: 2025 },
  check: motherMissing('F'),
  examples: [
    {
      description: 'a looked-after girl (F) with MOTHER blank is flagged',
      current: { Header: [{ CHILD: '1', SEX: 'F', MOTHER: '' }], Episodes: [{ CHILD: '1', LS: 'C1' }] },
      expect: { Header: [0] },
    },
    {
      description: 'MOTHER 1 passes, and the old code 2 is no longer read as female',
      current: {
        Header: [
          { CHILD: '1', SEX: 'F', MOTHER: '1' },
          { CHILD: '2', SEX: '2', MOTHER: '' },
        ],
        Episodes: [
          { CHILD: '1', LS: 'C2' },
          { CHILD: '2', LS: 'C2' },
        ],
      },
      expect: {},
    },
  ],
};
