import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

const UNKNOWN_UPN = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);
const UN2_TO_UN5 = new Set(['UN2', 'UN3', 'UN4', 'UN5']);

/** True when the change from last year's UPN to this year's is one DfE accepts. */
function acceptableChange(last: string, now: string): boolean {
  if (last === now) return true;
  // UN1 (or nothing) may become UN2–UN5 as the child's circumstances become known.
  if ((last === 'UN1' || last === '') && UN2_TO_UN5.has(now)) return true;
  // An unknown code (or nothing) may be replaced by a real UPN.
  return (UNKNOWN_UPN.has(last) || last === '') && !(UNKNOWN_UPN.has(now) || now === '');
}

/** 208 — the UPN must agree with last year's, except for the accepted moves between unknown codes and a real UPN. */
export const rule208: RuleDefinition = {
  code: '208',
  message:
    'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.',
  tables: ['Header'],
  fields: ['UPN'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header'],
  check: (ctx) => {
    const headerLastRows = childRows(ctx, 'Header', 'previous');
    const last = ctx.previous?.Header;
    if (!last) return {};
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((row, i) => {
      const changed = headerLastRows(row.CHILD).some((j) => !acceptableChange(last[j]!.UPN, row.UPN));
      if (changed) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a different real UPN, a real UPN replaced by an unknown code, and UN4 → UN3 are flagged',
      current: {
        Header: [
          { CHILD: '1', UPN: 'X999999999999' },
          { CHILD: '2', UPN: 'UN1' },
          { CHILD: '3', UPN: 'UN3' },
        ],
      },
      previous: {
        Header: [
          { CHILD: '1', UPN: 'H000000000000' },
          { CHILD: '2', UPN: 'H000000000001' },
          { CHILD: '3', UPN: 'UN4' },
        ],
      },
      expect: { Header: [0, 1, 2] },
    },
    {
      description: 'UN5 → a real UPN, UN1 → UN2, blank → UN4 and an unchanged UPN pass',
      current: {
        Header: [
          { CHILD: '1', UPN: 'H801200001001' },
          { CHILD: '2', UPN: 'UN2' },
          { CHILD: '3', UPN: 'UN4' },
          { CHILD: '4', UPN: 'A123456789012' },
        ],
      },
      previous: {
        Header: [
          { CHILD: '1', UPN: 'UN5' },
          { CHILD: '2', UPN: 'UN1' },
          { CHILD: '3', UPN: '' },
          { CHILD: '4', UPN: 'A123456789012' },
        ],
      },
      expect: {},
    },
  ],
};
