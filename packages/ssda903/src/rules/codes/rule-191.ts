import { continuouslyLookedAfter, dayOf } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { CLA_EPISODES } from './cla-example.ts';

const REQUIRED = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'] as const;

/**
 * 191 — a child looked after continuously for 12 months needs IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT
 * and SUBSTANCE_MISUSE. An OC2 row with a blank is flagged; a child with no OC2 row at all is flagged on their
 * earliest episode.
 */
export const rule191: RuleDefinition = {
  code: '191',
  message:
    'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.',
  tables: ['OC2', 'Episodes'],
  fields: [...REQUIRED, 'CHILD'],
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    const oc2 = ctx.current.OC2 ?? [];
    const OC2: number[] = [];
    const withOc2 = new Set<string>();
    oc2.forEach((r, i) => {
      withOc2.add(r.CHILD);
      if (cla.has(r.CHILD) && REQUIRED.some((f) => r[f] === '')) OC2.push(i);
    });
    const episodes = ctx.current.Episodes ?? [];
    const Episodes: number[] = [];
    for (const [child, order] of ctx.episodesByChild()) {
      if (!cla.has(child) || withOc2.has(child)) continue;
      const first = order[0]!;
      if (dayOf(episodes[first]!.DECOM) !== null) Episodes.push(first);
    }
    return { OC2, Episodes };
  },
  examples: [
    {
      description: 'a blank TEETH_CHECK, and a child with no OC2 row, are flagged',
      year: 2026,
      current: {
        Episodes: [...CLA_EPISODES, { CHILD: 'C', DECOM: '2019-01-01', RNE: 'S', LS: 'C2' }],
        OC2: [{ CHILD: 'A', IMMUNISATIONS: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' }],
      },
      expect: { OC2: [0], Episodes: [2] },
    },
    {
      description: 'a complete OC2 row passes; children not looked after all year need none',
      year: 2026,
      current: {
        Episodes: CLA_EPISODES,
        OC2: [{ CHILD: 'A', IMMUNISATIONS: '1', TEETH_CHECK: '0', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' }],
      },
      expect: {},
    },
  ],
};
