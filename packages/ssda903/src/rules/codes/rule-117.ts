import type { EpisodeRow } from '../../tables.ts';
import { dayOf } from '../helpers.ts';
import type { RuleContext, RuleDefinition } from '../rule.ts';

/**
 * The child's latest episode that is not a continuation (REC other than X1), by DECOM (the first such row
 * when two share the latest DECOM). Episodes with an invalid DECOM are ignored.
 */
function latestEndingEpisode(ctx: RuleContext): ReadonlyMap<string, number> {
  return ctx.memo('117:latestEndingEpisode', () => {
    const out = new Map<string, { index: number; decom: number }>();
    const episodes: readonly EpisodeRow[] = ctx.current.Episodes ?? [];
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i]!;
      const decom = dayOf(e.DECOM);
      if (decom === null || e.REC === 'X1') continue;
      const best = out.get(e.CHILD);
      if (!best || decom > best.decom) out.set(e.CHILD, { index: i, decom });
    }
    return new Map([...out].map(([child, v]) => [child, v.index]));
  });
}

/**
 * 117 — a decision to place for adoption (DATE_PLACED) or to stop (DATE_PLACED_CEASED) cannot be after the
 * end of the collection year, nor after the date the child's latest (non-X1) episode ceased.
 */
export const rule117: RuleDefinition = {
  code: '117',
  message:
    'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED_CEASED', 'DATE_PLACED', 'DEC', 'REC', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const end = dayOf(ctx.collectionEnd)!;
    const latest = latestEndingEpisode(ctx);
    const episodes = ctx.current.Episodes ?? [];
    const flagged = { PlacedAdoption: [] as number[], Episodes: [] as number[] };
    (ctx.current.PlacedAdoption ?? []).forEach((pa, i) => {
      const episodeIndex = latest.get(pa.CHILD);
      if (episodeIndex === undefined) return;
      const dec = dayOf(episodes[episodeIndex]!.DEC);
      const late = (value: string) => {
        const day = dayOf(value);
        return day !== null && (day > end || (dec !== null && day > dec));
      };
      if (late(pa.DATE_PLACED) || late(pa.DATE_PLACED_CEASED)) {
        flagged.PlacedAdoption.push(i);
        flagged.Episodes.push(episodeIndex);
      }
    });
    return flagged;
  },
  examples: [
    {
      description: 'a decision after the child left care and one after 31 March are flagged with the latest episode',
      year: 2026,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-05-01', DEC: '2025-09-01', REC: 'E11' },
          { CHILD: '2', DECOM: '2025-05-01', DEC: '', REC: '' },
        ],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2025-06-01', DATE_PLACED_CEASED: '2025-10-01' },
          { CHILD: '2', DATE_PLACED: '2026-04-02' },
        ],
      },
      expect: { PlacedAdoption: [0, 1], Episodes: [0, 1] },
    },
    {
      description: 'decisions inside the year and before the episode ended pass; X1 episodes are not the end',
      year: 2026,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-05-01', DEC: '2025-09-01', REC: 'E11' },
          { CHILD: '1', DECOM: '2025-09-01', DEC: '2025-09-02', REC: 'X1' },
        ],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2025-06-01', DATE_PLACED_CEASED: '2025-08-01' }],
      },
      expect: {},
    },
  ],
};
