import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/**
 * 705 (from 2026/27) — a DoLO cannot start while the child's previous DoLO is open, nor overlap it.
 * Each DoLO is compared with the one before it in end-date order (latest first, open ones last).
 * Deviation from the reference: the reference sorts and compares the dd/mm/yyyy text, and flags every DoLO that
 * sorts next to an open one, even one that ended before the open one started; Waypoint compares dates and flags a
 * DoLO next to an open one only when it started on or after the open one's start.
 */
export const rule705: RuleDefinition = {
  code: '705',
  message: 'A DoLO cannot start when the previous DoLO is still open.',
  tables: ['DoLo'],
  fields: ['DOLO_START', 'DOLO_END'],
  years: { from: 2027 },
  needsTables: ['DoLo'],
  check: (ctx) => {
    const rows = ctx.current.DoLo ?? [];
    // Sort key: valid end dates latest first, then other text, then blanks (open DoLOs) last.
    const rank = (i: number) => {
      const end = rows[i]!.DOLO_END;
      return validDate(end) ? 0 : end === '' ? 2 : 1;
    };
    const out: number[] = [];
    for (const list of ctx.byChild('DoLo').values()) {
      const withStart = list.filter((i) => rows[i]!.DOLO_START !== '');
      withStart.sort((a, b) => {
        const ra = rank(a);
        const rb = rank(b);
        if (ra !== rb) return ra - rb;
        const ea = rows[a]!.DOLO_END;
        const eb = rows[b]!.DOLO_END;
        return ea > eb ? -1 : ea < eb ? 1 : a - b;
      });
      for (let k = 0; k + 1 < withStart.length; k++) {
        const cur = rows[withStart[k]!]!;
        const next = rows[withStart[k + 1]!]!;
        const datesKnown = validDate(cur.DOLO_START) && validDate(next.DOLO_START);
        // The next DoLO ended earlier: this one must not have started before it.
        const overlaps = datesKnown && validDate(next.DOLO_END) && cur.DOLO_START < next.DOLO_START;
        // The next DoLO is open: this one must not have started while it was open.
        const startedWhileOpen = next.DOLO_END === '' && (!datesKnown || cur.DOLO_START >= next.DOLO_START);
        if (overlaps || startedWhileOpen) out.push(withStart[k]!);
      }
    }
    return { DoLo: out };
  },
  examples: [
    {
      description: 'a DoLO alongside an open one, or starting before an earlier-ending one, is flagged',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_START: '2026-05-01', DOLO_END: '2026-05-02' },
          { CHILD: '1', DOLO_START: '2026-05-04', DOLO_END: '2026-05-04' },
          { CHILD: '1', DOLO_START: '2026-05-03', DOLO_END: '2026-05-06' },
          { CHILD: '2', DOLO_START: '2026-05-01', DOLO_END: '' },
          { CHILD: '2', DOLO_START: '2026-05-02', DOLO_END: '2026-05-02' },
        ],
      },
      expect: { DoLo: [2, 4] },
    },
    {
      description: 'consecutive DoLOs pass',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_START: '2026-05-01', DOLO_END: '2026-05-02' },
          { CHILD: '1', DOLO_START: '2026-05-03', DOLO_END: '' },
        ],
      },
      expect: {},
    },
  ],
};
