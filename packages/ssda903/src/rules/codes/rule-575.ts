import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 575 — a missing period that started during an episode which has ended must itself have ended. */
export const rule575: RuleDefinition = {
  code: '575',
  message:
    'If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.',
  tables: ['Missing'],
  fields: ['MIS_END'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Missing'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const out: number[] = [];
    (ctx.current.Missing ?? []).forEach((m, i) => {
      if (m.MIS_END !== '' || !validDate(m.MIS_START)) return;
      const inEndedEpisode = (episodesByChild.get(m.CHILD) ?? []).some((j) => {
        const e = episodes[j]!;
        return validDate(e.DECOM) && validDate(e.DEC) && m.MIS_START >= e.DECOM && m.MIS_START <= e.DEC;
      });
      if (inEndedEpisode) out.push(i);
    });
    return { Missing: out };
  },
  examples: [
    {
      description: 'an open missing period inside an ended episode is flagged',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-06-08', DEC: '2020-06-10' }],
        Missing: [{ CHILD: '1', MIS_START: '2020-06-08', MIS_END: '' }],
      },
      expect: { Missing: [0] },
    },
    {
      description: 'an open missing period inside an open episode passes',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-06-06', DEC: '' }],
        Missing: [{ CHILD: '1', MIS_START: '2020-06-06', MIS_END: '' }],
      },
      expect: {},
    },
  ],
};
