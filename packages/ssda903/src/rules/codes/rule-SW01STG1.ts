import type { RuleDefinition } from '../rule.ts';

/**
 * SW01STG1 (2023/24 only) — a child looked after at 31 March (an open episode, not a short break) needs a social
 * worker episode with SW_ID, SW_DECOM and SW_REASON.
 * Deviation from the reference: the reference reports the failing Episodes row numbers as SWEpisodes rows;
 * Waypoint flags the open Episodes rows.
 */
export const ruleSW01STG1: RuleDefinition = {
  code: 'SW01STG1',
  message: 'Child looked after on 31 March, but no social worker episode information is reported',
  tables: ['Episodes'],
  fields: ['DEC'],
  years: { from: 2024, to: 2024 },
  needsTables: ['SWEpisodes', 'Episodes'],
  check: (ctx) => {
    const sw = ctx.current.SWEpisodes ?? [];
    const swByChild = ctx.byChild('SWEpisodes');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.DEC !== '' || e.LS === 'V3' || e.LS === 'V4') return;
      const rows = swByChild.get(e.CHILD) ?? [];
      const incomplete =
        rows.length === 0 || rows.some((j) => sw[j]!.SW_ID === '' || sw[j]!.SW_DECOM === '' || sw[j]!.SW_REASON === '');
      if (incomplete) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an open episode with no social worker episode, or an incomplete one, is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DEC: '', LS: 'C2' },
          { CHILD: '2', DEC: '', LS: 'C2' },
        ],
        SWEpisodes: [{ CHILD: '2', SW_ID: 'SW1', SW_DECOM: '2023-05-01', SW_REASON: '' }],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a complete social worker episode, a closed episode or a short break pass',
      current: {
        Episodes: [
          { CHILD: '1', DEC: '', LS: 'C2' },
          { CHILD: '2', DEC: '2023-06-01', LS: 'C2' },
          { CHILD: '3', DEC: '', LS: 'V3' },
        ],
        SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '2023-05-01', SW_REASON: 'MANAGE' }],
      },
      expect: {},
    },
  ],
};
