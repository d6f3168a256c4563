import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const PLACES = new Set(['K2', 'Z12', 'Z13']);

/**
 * 709 (from 2026/27) — a child under a DoLO is expected in K2, Z12 or Z13 for every episode that overlaps the order.
 * Deviation from the reference: the reference reads a column PLACEMENT that Episodes does not have (so it cannot run), and ignores open
 * episodes; Waypoint uses PLACE and counts an open episode as overlapping.
 */
export const rule709: RuleDefinition = {
  code: '709',
  message: 'Child with a DoLO is in an unexpected placement type.',
  tables: ['DoLo'],
  fields: ['DOLO_START'],
  years: { from: 2027 },
  needsTables: ['DoLo', 'Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const dolo: number[] = [];
    (ctx.current.DoLo ?? []).forEach((d, i) => {
      if (d.DOLO_START === '' || d.DOLO_END === '') return;
      const start = validDate(d.DOLO_START) ? d.DOLO_START : null;
      const end = validDate(d.DOLO_END) ? d.DOLO_END : null;
      if (start === null || end === null) return;
      for (const j of episodesByChild.get(d.CHILD) ?? []) {
        const e = episodes[j]!;
        const overlaps = validDate(e.DECOM) && end >= e.DECOM && (!validDate(e.DEC) || start <= e.DEC);
        if (overlaps && !PLACES.has(e.PLACE)) {
          dolo.push(i);
        }
      }
    });
    return { DoLo: dolo };
  },
  examples: [
    {
      description: 'a DoLO overlapping a U1 placement is flagged',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2026-05-01', DEC: '2026-05-04', PLACE: 'U1' }],
        DoLo: [{ CHILD: '1', DOLO_START: '2026-05-02', DOLO_END: '2026-05-03' }],
      },
      expect: { DoLo: [0] },
    },
    {
      description: 'a DoLO overlapping a K2 placement, or outside the episode, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2026-05-01', DEC: '2026-05-04', PLACE: 'K2' },
          { CHILD: '2', DECOM: '2026-05-01', DEC: '2026-05-04', PLACE: 'U1' },
        ],
        DoLo: [
          { CHILD: '1', DOLO_START: '2026-05-02', DOLO_END: '2026-05-03' },
          { CHILD: '2', DOLO_START: '2026-05-06', DOLO_END: '2026-05-07' },
        ],
      },
      expect: {},
    },
  ],
};
