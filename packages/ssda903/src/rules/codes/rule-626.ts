import type { RuleDefinition } from '../rule.ts';
import { numberOrNull, validDate } from '../shared-400-plus.ts';

/** 626 — a first child born before this year contradicts "not a mother" recorded last year. */
export const rule626: RuleDefinition = {
  code: '626',
  message:
    'Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.',
  tables: ['Header'],
  fields: ['MOTHER', 'MC_DOB'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header'],
  check: (ctx) => {
    const last = ctx.previous?.Header ?? [];
    const lastByChild = ctx.byChild('Header', 'previous');
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (!validDate(h.MC_DOB) || h.MC_DOB >= ctx.collectionStart || numberOrNull(h.MOTHER) !== 1) return;
      if ((lastByChild.get(h.CHILD) ?? []).some((j) => numberOrNull(last[j]!.MOTHER) === 0)) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a mother whose child was born before the year, but "not a mother" last year, is flagged',
      year: 2025,
      current: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '2024-01-04' }] },
      previous: { Header: [{ CHILD: '1', MOTHER: '0' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a first child born in the year passes',
      year: 2025,
      current: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '2024-04-01' }] },
      previous: { Header: [{ CHILD: '1', MOTHER: '0' }] },
      expect: {},
    },
  ],
};
