import { isDate } from '../helpers.ts';
import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';
import { urnExemptPlacements } from '../shared-200-399.ts';

const OUTSIDE_ENGLAND_FROM_2026 = new Set(['CON', 'NIR', 'SCO', 'WAL', 'NUK']);

/** Up to 2024/25: a placement LA starting N, W, S or C (GSS codes outside England, or CON) is outside England. */
const outsideEnglandTo2025 = (plLa: string) => /^[NWSC]/.test(plLa);
const outsideEnglandFrom2026 = (plLa: string) => OUTSIDE_ENGLAND_FROM_2026.has(plLa);

function urnMissing(outsideEngland: (plLa: string) => boolean) {
  return (ctx: RuleContext): RuleFlags => {
    const exempt = urnExemptPlacements(ctx.year);
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      const inYear = e.DEC === '' || (isDate(e.DEC) && e.DEC >= ctx.collectionStart);
      if (inYear && e.URN === '' && !exempt.has(e.PLACE) && !outsideEngland(e.PL_LA)) out.push(i);
    });
    return { Episodes: out };
  };
}

const base = {
  code: '218',
  message: 'Ofsted Unique reference number (URN) is required.',
  tables: ['Episodes'],
  fields: ['URN'],
  needsTables: ['Episodes'],
} as const;

/**
 * 218 (2023/24) — an episode open during the year in a placement type that needs one must have a URN, unless
 * the placement is outside England. H5 and P2 are still exempt (H5 is covered by rule 230).
 *
 * Deviation from the reference (2023/24 and 2024/25): the reference reads a blank PL_LA as the text "NAN",
 * which starts with N, so placements with an unknown location are never flagged. Waypoint treats an unknown
 * location as England, as the reference itself does from 2025/26.
 */
export const rule218: RuleDefinition = {
  ...base,
  years: { from: 2024, to: 2024 },
  check: urnMissing(outsideEnglandTo2025),
  examples: [
    {
      description: 'an open K2 episode without a URN is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'K2', DECOM: '2023-05-01', DEC: '', URN: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an H5 without a URN, a Welsh K2, and a K2 that ended before the year pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'H5', DECOM: '2023-05-01', DEC: '' },
          { CHILD: '2', PLACE: 'K2', DECOM: '2023-05-01', DEC: '', PL_LA: 'W06000008' },
          { CHILD: '3', PLACE: 'K2', DECOM: '2022-05-01', DEC: '2023-03-31' },
        ],
      },
      expect: {},
    },
  ],
};

/** 218 (2024/25) — as 2023/24, but H5, P2 and K3 placements now need a URN too. */
export const rule218In2025: RuleDefinition = {
  ...base,
  years: { from: 2025, to: 2025 },
  check: urnMissing(outsideEnglandTo2025),
  examples: [
    {
      description: 'an H5 episode ending during the year without a URN is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'H5', DECOM: '2024-05-01', DEC: '2024-06-01' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a Z1 episode without a URN, and a K3 episode with one, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'Z1', DECOM: '2024-05-01' },
          { CHILD: '2', PLACE: 'K3', DECOM: '2024-05-01', URN: 'SC123456' },
        ],
      },
      expect: {},
    },
  ],
};

/**
 * 218 (from 2025/26) — Z11–Z14 replace Z1 in the exempt list, and "outside England" means a placement LA of
 * CON, NIR, SCO, WAL or NUK.
 */
export const rule218From2026: RuleDefinition = {
  ...base,
  years: { from: 2026 },
  check: urnMissing(outsideEnglandFrom2026),
  examples: [
    {
      description: 'a Z1 episode (no longer exempt) without a URN is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z1', DECOM: '2025-05-01' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a Z12 episode, and a K2 placement in Scotland, without URNs pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'Z12', DECOM: '2025-05-01' },
          { CHILD: '2', PLACE: 'K2', DECOM: '2025-05-01', PL_LA: 'SCO' },
        ],
      },
      expect: {},
    },
  ],
};
