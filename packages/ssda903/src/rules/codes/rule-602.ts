import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

/** 602 — AD1 details are only for children adopted in the year (an episode ending E11/E12 in the year). */
export const rule602: RuleDefinition = {
  code: '602',
  message: 'The episode data submitted for this child does not show that he/she was adopted during the year.',
  tables: ['AD1'],
  fields: ['CHILD'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'AD1'],
  check: (ctx) => {
    const adopted = new Set<string>();
    for (const e of ctx.current.Episodes ?? []) {
      const inYear = validDate(e.DEC) && e.DEC >= ctx.collectionStart && e.DEC <= ctx.collectionEnd;
      if (inYear && (e.REC === 'E11' || e.REC === 'E12')) adopted.add(e.CHILD);
    }
    const out: number[] = [];
    (ctx.current.AD1 ?? []).forEach((a, i) => {
      if (!adopted.has(a.CHILD) && AD1_FIELDS.some((f) => a[f] !== '')) out.push(i);
    });
    return { AD1: out };
  },
  examples: [
    {
      description: 'AD1 details for a child not adopted in the year are flagged',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DEC: '2025-01-01', REC: 'E4A' }],
        AD1: [{ CHILD: '1', DATE_INT: '2024-01-01' }],
      },
      expect: { AD1: [0] },
    },
    {
      description: 'AD1 details for a child adopted in the year pass',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DEC: '2025-01-01', REC: 'E11' }],
        AD1: [{ CHILD: '1', DATE_INT: '2024-01-01' }],
      },
      expect: {},
    },
  ],
};
