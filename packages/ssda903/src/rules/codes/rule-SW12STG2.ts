import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { swEpisodesByChild, validDate } from '../shared-400-plus.ts';

const MESSAGE =
  'If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after';

/**
 * SW12STG2 (2023/24) — each episode ending in the year that starts or ends care (or is not a short break) needs a
 * social worker episode: the child's k-th episode is paired with their k-th social worker episode by start date.
 * Deviation from the reference: the reference returns row numbers of its joined table instead of Episodes rows;
 * Waypoint flags the Episodes rows.
 */
export const ruleSW12STG2To2024: RuleDefinition = {
  code: 'SW12STG2',
  message: MESSAGE,
  tables: ['Episodes'],
  fields: ['SW_DECOM'],
  years: { from: 2024, to: 2024 },
  needsTables: ['SWEpisodes', 'Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const sw = ctx.current.SWEpisodes ?? [];
    const swByChild = swEpisodesByChild(ctx);
    const out: number[] = [];
    for (const [child, list] of ctx.episodesByChild()) {
      const swList = swByChild.get(child) ?? [];
      list.forEach((i, k) => {
        const e = episodes[i]!;
        if (!validDate(e.DEC) || e.DEC < ctx.collectionStart || e.DEC > ctx.collectionEnd) return;
        const paired = swList[k];
        const noWorker = paired === undefined || !validDate(sw[paired]!.SW_DECOM);
        const relevant = e.REC !== 'X1' || e.RNE === 'S' || (e.LS !== 'V3' && e.LS !== 'V4');
        if (noWorker && relevant) out.push(i);
      });
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an episode ending in the year with no matching social worker episode is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', DEC: '2024-02-01', RNE: 'S', REC: 'X1', LS: 'C2' },
          { CHILD: '1', DECOM: '2024-02-01', DEC: '2024-03-01', RNE: 'P', REC: 'E4A', LS: 'C2' },
        ],
        SWEpisodes: [{ CHILD: '1', SW_DECOM: '2024-01-01' }],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'episodes each with a social worker episode, or ending before the year, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', DEC: '2024-02-01', RNE: 'S', REC: 'X1', LS: 'C2' },
          { CHILD: '1', DECOM: '2024-02-01', DEC: '2024-03-01', RNE: 'P', REC: 'E4A', LS: 'C2' },
          { CHILD: '2', DECOM: '2022-01-01', DEC: '2022-02-01', RNE: 'S', REC: 'E4A', LS: 'C2' },
        ],
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2024-01-01' },
          { CHILD: '1', SW_DECOM: '2024-02-02' },
        ],
      },
      expect: {},
    },
  ],
};

/**
 * SW12STG2 (from 2024/25) — an episode in the two-year window that starts care (RNE S) or ends it (REC not X1),
 * other than a short break, needs a social worker episode starting on or after its start (RNE S) or on or before
 * its end (REC not X1).
 * Deviation from the reference: the window starts a calendar year before collection start, not 365.2425 days;
 * and an episode is flagged when no social worker episode covers it (the reference's own comment), where the
 * reference flags it when any one of the child's social worker episodes does not (e.g. one allocated before care);
 * and an open episode that did not start care is not checked (the reference flags it, against its own test's
 * comment "not a start or end placement", which would flag nearly every child in care on 31 March).
 */
export const ruleSW12STG2: RuleDefinition = {
  code: 'SW12STG2',
  message: MESSAGE,
  tables: ['Episodes'],
  fields: ['SW_DECOM'],
  years: { from: 2025 },
  needsTables: ['SWEpisodes', 'Episodes'],
  check: (ctx) => {
    const windowStart = addYears(ctx.collectionStart, -1);
    const sw = ctx.current.SWEpisodes ?? [];
    const swByChild = ctx.byChild('SWEpisodes');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      const dec = validDate(e.DEC) ? e.DEC : null;
      const inWindow = dec === null || (dec >= windowStart && dec <= ctx.collectionEnd);
      // An episode that neither starts care nor ends it (a change of placement, or still open) is not checked.
      const endsCare = dec !== null && e.REC !== 'X1' && e.REC !== '';
      if (!inWindow || e.LS === 'V3' || e.LS === 'V4' || (e.RNE !== 'S' && !endsCare)) return;
      const rows = swByChild.get(e.CHILD) ?? [];
      const covered = (j: number) => {
        const start = sw[j]!.SW_DECOM;
        if (!validDate(start)) return false;
        const beforeEnd = dec !== null && start <= dec && e.REC !== 'X1';
        const afterStart = validDate(e.DECOM) && start >= e.DECOM && e.RNE === 'S';
        return beforeEnd || afterStart;
      };
      if (!rows.some(covered)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a child who started care with no social worker episode is flagged',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '2', DECOM: '2023-01-01', DEC: '', RNE: 'S', REC: '', LS: 'C1' }],
        SWEpisodes: [{ CHILD: '1', SW_DECOM: '2023-01-01' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a social worker from the start of care passes; short breaks and mid-care changes are not checked',
      year: 2025,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-01-01', DEC: '', RNE: 'S', REC: '', LS: 'C1' },
          { CHILD: '3', DECOM: '2023-01-01', DEC: '', RNE: 'S', REC: '', LS: 'V4' },
          { CHILD: '4', DECOM: '2023-01-01', DEC: '2023-04-10', RNE: 'P', REC: 'X1', LS: 'C1' },
        ],
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2022-06-01' },
          { CHILD: '1', SW_DECOM: '2023-01-01' },
        ],
      },
      expect: {},
    },
  ],
};
