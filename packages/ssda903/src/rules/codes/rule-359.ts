import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 359 — a young person still looked after (open episode) after turning 18 before the collection end must be
 * accommodated under section 20 (LS V2) in a children's home (PLACE K2).
 */
export const rule359: RuleDefinition = {
  code: '359',
  message:
    'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
  tables: ['Episodes'],
  fields: ['DEC', 'LS', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.DEC !== '' || (e.LS === 'V2' && e.PLACE === 'K2')) return;
      const adult = headerRows(e.CHILD).some((h) => {
        const dob = header[h]!.DOB;
        return isDate(dob) && addYears(dob, 18) < ctx.collectionEnd;
      });
      if (adult) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an open V2 episode in K1 for an 18-year-old is flagged',
      year: 2024,
      current: {
        Header: [{ CHILD: '1', DOB: '2005-06-05' }],
        Episodes: [{ CHILD: '1', DECOM: '2023-05-01', DEC: '', LS: 'V2', PLACE: 'K1' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'V2 in K2, an ended episode, and a child still 17 pass',
      year: 2024,
      current: {
        Header: [
          { CHILD: '1', DOB: '2005-06-05' },
          { CHILD: '2', DOB: '2006-06-05' },
        ],
        Episodes: [
          { CHILD: '1', DECOM: '2023-05-01', DEC: '2023-06-01', LS: 'C2', PLACE: 'U1' },
          { CHILD: '1', DECOM: '2023-06-01', DEC: '', LS: 'V2', PLACE: 'K2' },
          { CHILD: '2', DECOM: '2023-06-01', DEC: '', LS: 'C2', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
