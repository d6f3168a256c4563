import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';
import { isOfstedUrn, providerFor, SHORT_BREAK_STATUSES } from '../shared-200-399.ts';

function postcodeMismatch(places: ReadonlySet<string>) {
  return (ctx: RuleContext): RuleFlags => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!isOfstedUrn(e.URN) || SHORT_BREAK_STATUSES.has(e.LS) || !places.has(e.PLACE) || e.PL_POST === '') return;
      const settingPostcode = providerFor(ctx, e.URN)?.postcode;
      if (e.PL_POST.replaceAll(' ', '') !== settingPostcode) out.push(i);
    });
    return { Episodes: out };
  };
}

const base = {
  code: '221',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
  tables: ['Episodes'],
  fields: ['PL_POST'],
  needs: ['providers'],
  needsTables: ['Episodes'],
} as const;

/**
 * 221 (2023/24) — for H5, K1, K2, R3 and S1 placements (not short breaks) with an Ofsted URN and a placement
 * postcode, the postcode must be the setting's postcode on the provider lists (spaces ignored).
 */
export const rule221: RuleDefinition = {
  ...base,
  years: { from: 2024, to: 2024 },
  check: postcodeMismatch(new Set(['H5', 'K1', 'K2', 'R3', 'S1'])),
  examples: [
    {
      description: 'an H5 placement whose postcode differs from the setting’s is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'C2', PLACE: 'H5', PL_POST: 'N9 5PY', URN: 'SC000001' }] },
      providers: [{ urn: 'SC000001', placeCodes: ['H5'], providerCodes: ['PR4'], postcode: 'A115KE' }],
      expect: { Episodes: [0] },
    },
    {
      description: 'a matching postcode (spaces ignored), and a short-break episode, pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'C2', PLACE: 'K2', PL_POST: 'A11 5KE', URN: 'SC000001' },
          { CHILD: '2', LS: 'V3', PLACE: 'K2', PL_POST: 'N9 5PY', URN: 'SC000001' },
        ],
      },
      providers: [{ urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR4'], postcode: 'A115KE' }],
      expect: {},
    },
  ],
};

/** 221 (from 2024/25) — as 2023/24 for K1, K2, R3 and S1; H5 placements are no longer checked. */
export const rule221From2025: RuleDefinition = {
  ...base,
  years: { from: 2025 },
  check: postcodeMismatch(new Set(['K1', 'K2', 'R3', 'S1'])),
  examples: [
    {
      description: 'an S1 placement at a URN with no postcode on the lists is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'C2', PLACE: 'S1', PL_POST: 'N9 5PY', URN: 'SC000004' }] },
      providers: [{ urn: 'SC000004', placeCodes: ['S1'], providerCodes: ['PR4'] }],
      expect: { Episodes: [0] },
    },
    {
      description: 'an H5 placement with a different postcode passes',
      current: { Episodes: [{ CHILD: '1', LS: 'C2', PLACE: 'H5', PL_POST: 'N9 5PY', URN: 'SC000001' }] },
      providers: [{ urn: 'SC000001', placeCodes: ['H5'], providerCodes: ['PR4'], postcode: 'A115KE' }],
      expect: {},
    },
  ],
};
