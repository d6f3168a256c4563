import { dayOf } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * NoE — an episode that started before this collection year belongs to a child who should have episodes in
 * last year's return. Needs last year's return (nothing is flagged when that return has no Episodes table).
 * Tool integrity check.
 */
export const ruleNoe: RuleDefinition = {
  code: 'NoE',
  message:
    'This child has no episodes loaded for previous year even though child started to be looked after before this current year.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  severity: 'integrity',
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    if (!ctx.previous?.Episodes) return {};
    const start = dayOf(ctx.collectionStart)!;
    const last = ctx.byChild('Episodes', 'previous');
    const Episodes: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      const decom = dayOf(e.DECOM);
      if (decom !== null && decom < start && !last.has(e.CHILD)) Episodes.push(i);
    });
    return { Episodes };
  },
  examples: [
    {
      description: 'an episode from before 1 April for a child missing from last year is flagged',
      year: 2026,
      current: { Episodes: [{ CHILD: '1', DECOM: '2025-03-14' }] },
      previous: { Episodes: [{ CHILD: '2', DECOM: '2024-06-16' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a child in last year’s episodes, and an episode starting in the year, pass',
      year: 2026,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-03-14' },
          { CHILD: '3', DECOM: '2025-09-08' },
        ],
      },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2025-03-14' }] },
      expect: {},
    },
  ],
};
