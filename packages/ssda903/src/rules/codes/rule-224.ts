import type { RuleDefinition } from '../rule.ts';
import { isOfstedUrn, providerFor } from '../shared-200-399.ts';

/**
 * 224 — an Ofsted URN must be registered for the episode's placement provider code. A URN missing from the
 * provider lists, or a blank provider, is flagged too.
 */
export const rule224: RuleDefinition = {
  code: '224',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER'],
  years: { from: 2023 },
  needs: ['providers'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!isOfstedUrn(e.URN)) return;
      const provider = providerFor(ctx, e.URN);
      if (!provider || e.PLACE_PROVIDER === '' || !provider.providerCodes.includes(e.PLACE_PROVIDER)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'provider PR2 at a URN registered for PR1, PR3 and PR4 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE_PROVIDER: 'PR2', URN: 'SC000001' }] },
      providers: [{ urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR1', 'PR3', 'PR4'] }],
      expect: { Episodes: [0] },
    },
    {
      description: 'a matching provider code, and a blank URN, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE_PROVIDER: 'PR4', URN: 'SC000001' },
          { CHILD: '2', PLACE_PROVIDER: 'PR5', URN: '' },
        ],
      },
      providers: [{ urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR1', 'PR3', 'PR4'] }],
      expect: {},
    },
  ],
};
