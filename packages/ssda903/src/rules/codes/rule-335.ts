import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

const ADOPTED = new Set(['E1', 'E11', 'E12']);
const WITH_FOSTER_CARER = new Set(['A2', 'A3', 'A5']);
const NOT_WITH_FOSTER_CARER = new Set(['A1', 'A4', 'A6']);

/**
 * 335 — for an adoption (REC E1/E11/E12), AD1 FOSTER_CARE must agree with the placement: 0 (not adopted by
 * the foster carer) is wrong after A2/A3/A5, and 1 is wrong after A1/A4/A6. Flags the episode and AD1 row.
 */
export const rule335: RuleDefinition = {
  code: '335',
  message:
    'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.',
  tables: ['Episodes', 'AD1'],
  fields: ['PLACE', 'FOSTER_CARE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'AD1'],
  check: (ctx) => {
    const ad1Rows = childRows(ctx, 'AD1');
    const ad1 = ctx.current.AD1 ?? [];
    const out = { Episodes: [] as number[], AD1: [] as number[] };
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!ADOPTED.has(e.REC)) return;
      const wrong = ad1Rows(e.CHILD).filter((j) => {
        const foster = ad1[j]!.FOSTER_CARE;
        return (
          (WITH_FOSTER_CARER.has(e.PLACE) && foster === '0') || (NOT_WITH_FOSTER_CARER.has(e.PLACE) && foster === '1')
        );
      });
      if (wrong.length === 0) return;
      out.Episodes.push(i);
      out.AD1.push(...wrong);
    });
    return out;
  },
  examples: [
    {
      description: 'FOSTER_CARE 0 after an A3 adoption placement is flagged',
      current: {
        Episodes: [{ CHILD: '1', PLACE: 'A3', REC: 'E12' }],
        AD1: [{ CHILD: '1', FOSTER_CARE: '0' }],
      },
      expect: { Episodes: [0], AD1: [0] },
    },
    {
      description: 'FOSTER_CARE 1 after A5, and 0 after A4, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'A5', REC: 'E11' },
          { CHILD: '2', PLACE: 'A4', REC: 'E11' },
        ],
        AD1: [
          { CHILD: '1', FOSTER_CARE: '1' },
          { CHILD: '2', FOSTER_CARE: '0' },
        ],
      },
      expect: {},
    },
  ],
};
