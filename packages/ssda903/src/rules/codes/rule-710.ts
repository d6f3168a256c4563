import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const PLACES = new Set(['K1', 'P1', 'R5', 'K3']);

/**
 * 710 (from 2026/27) — a child under a DoLO cannot be in a secure children's home (K1), with parents (P1), in a young offender institution (R5) or in supported accommodation (K3).
 * Deviation from the reference: the reference reads a column PLACEMENT that Episodes does not have (so it cannot run);
 * Waypoint uses PLACE.
 */
export const rule710: RuleDefinition = {
  code: '710',
  message:
    "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.",
  tables: ['DoLo', 'Episodes'],
  fields: ['DOLO_START', 'PLACE'],
  years: { from: 2027 },
  needsTables: ['DoLo', 'Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const dolo: number[] = [];
    const episodesOut: number[] = [];
    (ctx.current.DoLo ?? []).forEach((d, i) => {
      if (d.DOLO_START === '' || d.DOLO_END === '') return;
      const start = validDate(d.DOLO_START) ? d.DOLO_START : null;
      const end = validDate(d.DOLO_END) ? d.DOLO_END : null;
      if (start === null || end === null) return;
      for (const j of episodesByChild.get(d.CHILD) ?? []) {
        const e = episodes[j]!;
        const overlaps = validDate(e.DECOM) && end >= e.DECOM && (!validDate(e.DEC) || start <= e.DEC);
        if (overlaps && PLACES.has(e.PLACE)) {
          dolo.push(i);
          episodesOut.push(j);
        }
      }
    });
    return { DoLo: dolo, Episodes: episodesOut };
  },
  examples: [
    {
      description: 'a DoLO overlapping a P1 placement is flagged',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2026-05-01', DEC: '2026-05-04', PLACE: 'P1' }],
        DoLo: [{ CHILD: '1', DOLO_START: '2026-05-02', DOLO_END: '2026-05-03' }],
      },
      expect: { DoLo: [0], Episodes: [0] },
    },
    {
      description: 'a DoLO overlapping a K2 placement, or outside the episode, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2026-05-01', DEC: '2026-05-04', PLACE: 'K2' },
          { CHILD: '2', DECOM: '2026-05-01', DEC: '2026-05-04', PLACE: 'P1' },
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
