import type { RuleDefinition } from '../rule.ts';

/** 624 — the first child's date of birth must match the one recorded last year. */
export const rule624: RuleDefinition = {
  code: '624',
  message: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
  tables: ['Header'],
  fields: ['MC_DOB'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header'],
  check: (ctx) => {
    const last = ctx.previous?.Header ?? [];
    const lastByChild = ctx.byChild('Header', 'previous');
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      const contradicts = (lastByChild.get(h.CHILD) ?? []).some(
        (j) => last[j]!.MC_DOB !== '' && last[j]!.MC_DOB !== h.MC_DOB,
      );
      if (contradicts) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a different MC_DOB, or a blank one, after last year’s is flagged',
      current: {
        Header: [
          { CHILD: '1', MC_DOB: '2020-09-08' },
          { CHILD: '2', MC_DOB: '' },
        ],
      },
      previous: {
        Header: [
          { CHILD: '1', MC_DOB: '2020-09-10' },
          { CHILD: '2', MC_DOB: '2019-06-01' },
        ],
      },
      expect: { Header: [0, 1] },
    },
    {
      description: 'the same MC_DOB, or none last year, passes',
      current: {
        Header: [
          { CHILD: '1', MC_DOB: '2020-06-01' },
          { CHILD: '2', MC_DOB: '2020-02-01' },
        ],
      },
      previous: {
        Header: [
          { CHILD: '1', MC_DOB: '2020-06-01' },
          { CHILD: '2', MC_DOB: '' },
        ],
      },
      expect: {},
    },
  ],
};
