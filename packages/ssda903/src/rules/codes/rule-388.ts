import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 388 — REC X1 ("new episode begins") and continuation must agree. With a child's episodes in DECOM order
 * (unreadable start dates first, as the reference fills them with 01/01/1901):
 * an X1 episode must be followed by one starting on its DEC; an episode followed by one starting on its DEC
 * must end X1; and the last episode, once ended, must not end X1.
 */
export const rule388: RuleDefinition = {
  code: '388',
  message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const startOf = (i: number) => (isDate(episodes[i]!.DECOM) ? episodes[i]!.DECOM : '1901-01-01');
    const out: number[] = [];
    for (const sorted of ctx.episodesByChild().values()) {
      // The shared order puts unreadable DECOMs last; move them first, keeping file order.
      const last = sorted[sorted.length - 1];
      const list =
        last === undefined || isDate(episodes[last]!.DECOM)
          ? sorted
          : [...sorted.filter((i) => !isDate(episodes[i]!.DECOM)), ...sorted.filter((i) => isDate(episodes[i]!.DECOM))];
      list.forEach((i, k) => {
        const e = episodes[i]!;
        if (!isDate(e.DEC)) return;
        if (k + 1 === list.length) {
          if (e.REC === 'X1') out.push(i);
          return;
        }
        const continues = e.DEC === startOf(list[k + 1]!);
        if ((e.REC === 'X1' && !continues) || (e.REC !== 'X1' && e.REC !== '' && continues)) out.push(i);
      });
    }
    return { Episodes: out };
  },
  examples: [
    {
      description:
        'X1 with a gap before the next episode, E11 followed by a same-day episode, and a last X1 are flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', DEC: '2020-06-04', REC: 'X1' },
          { CHILD: '1', DECOM: '2020-06-05', DEC: '2020-06-06', REC: 'X1' },
          { CHILD: '2', DECOM: '2020-06-06', DEC: '2020-06-07', REC: 'E11' },
          { CHILD: '2', DECOM: '2020-06-07', DEC: '', REC: '' },
        ],
      },
      expect: { Episodes: [0, 1, 2] },
    },
    {
      description: 'X1 episodes that continue, ending in an open episode, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-16', DEC: '2020-06-17', REC: 'X1' },
          { CHILD: '1', DECOM: '2020-06-17', DEC: '2020-06-18', REC: 'X1' },
          { CHILD: '1', DECOM: '2020-06-18', DEC: '', REC: '' },
        ],
      },
      expect: {},
    },
  ],
};
