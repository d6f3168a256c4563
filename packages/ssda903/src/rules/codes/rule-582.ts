import type { RuleDefinition } from '../rule.ts';

/** 582 — an adoption (REC E11/E12) is not expected on the day the child was matched with the adopters. */
export const rule582: RuleDefinition = {
  code: '582',
  message:
    'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.',
  tables: ['Episodes'],
  fields: ['DEC', 'DATE_MATCH'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'AD1'],
  check: (ctx) => {
    const ad1 = ctx.current.AD1 ?? [];
    const ad1ByChild = ctx.byChild('AD1');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.REC !== 'E11' && e.REC !== 'E12') return;
      if (e.DEC !== '' && (ad1ByChild.get(e.CHILD) ?? []).some((j) => ad1[j]!.DATE_MATCH === e.DEC)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an adoption on the matching date is flagged',
      current: {
        Episodes: [{ CHILD: '1', REC: 'E11', DEC: '2020-01-01' }],
        AD1: [{ CHILD: '1', DATE_MATCH: '2020-01-01' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'an adoption after the matching date passes',
      current: {
        Episodes: [{ CHILD: '1', REC: 'E12', DEC: '2020-01-02' }],
        AD1: [{ CHILD: '1', DATE_MATCH: '2020-01-01' }],
      },
      expect: {},
    },
  ],
};
