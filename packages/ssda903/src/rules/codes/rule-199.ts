import { dayOf } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

const ADOPTED = new Set(['E11', 'E12']);

/**
 * 199 — a child cannot come back into care after being adopted from care: every episode (of this year's return)
 * that starts on or after the child's first adoption episode (REC E11 or E12), other than that episode itself,
 * is flagged. Last year's episodes are taken into account when supplied; an episode present in both returns
 * (same child and DECOM) counts once. A query: only the years loaded are seen.
 */
export const rule199: RuleDefinition = {
  code: '199',
  message:
    'Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]',
  tables: ['Episodes'],
  fields: ['CHILD'],
  severity: 'query',
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const byChild = ctx.byChild('Episodes');
    // Earliest adoption episode per child: DECOM day and this year's row (-1 when it is only in last year's return).
    const first = new Map<string, { decom: number; row: number }>();
    const consider = (child: string, decom: number, row: number) => {
      const best = first.get(child);
      if (!best || decom < best.decom || (decom === best.decom && best.row === -1 && row >= 0)) {
        first.set(child, { decom, row });
      }
    };
    episodes.forEach((e, i) => {
      if (!ADOPTED.has(e.REC)) return;
      const decom = dayOf(e.DECOM);
      if (decom !== null) consider(e.CHILD, decom, i);
    });
    for (const e of ctx.previous?.Episodes ?? []) {
      if (!ADOPTED.has(e.REC)) continue;
      const decom = dayOf(e.DECOM);
      if (decom === null) continue;
      const repeated = (byChild.get(e.CHILD) ?? []).some((i) => dayOf(episodes[i]!.DECOM) === decom);
      if (!repeated) consider(e.CHILD, decom, -1);
    }
    const out: number[] = [];
    for (const [child, adoption] of first) {
      for (const i of byChild.get(child) ?? []) {
        const decom = dayOf(episodes[i]!.DECOM);
        if (decom === null || i === adoption.row) continue;
        if (decom > adoption.decom || (decom === adoption.decom && adoption.row >= 0 && i > adoption.row)) out.push(i);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'episodes after an adoption, this year or last, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2021-12-02', REC: 'X1' },
          { CHILD: '1', DECOM: '2021-12-03', REC: 'E11' },
          { CHILD: '1', DECOM: '2022-12-03', REC: '' },
          { CHILD: '2', DECOM: '2022-07-19', REC: 'E13' },
        ],
      },
      previous: { Episodes: [{ CHILD: '2', DECOM: '2017-11-26', REC: 'E12' }] },
      expect: { Episodes: [2, 3] },
    },
    {
      description: 'the adoption episode itself, and episodes before it, pass (also when last year repeats it)',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2021-12-02', REC: 'X1' },
          { CHILD: '1', DECOM: '2021-12-03', REC: 'E11' },
        ],
      },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2021-12-03', REC: 'E11' }] },
      expect: {},
    },
  ],
};
