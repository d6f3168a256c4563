import type { RuleDefinition } from '../rule.ts';
import { isOfstedUrn, providerFor } from '../shared-200-399.ts';

/**
 * 219 — an Ofsted URN must be registered for the episode's placement type. A URN missing from the provider
 * lists is flagged too (it has no registered placement types).
 */
export const rule219: RuleDefinition = {
  code: '219',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
  tables: ['Episodes'],
  fields: ['URN', 'PLACE'],
  years: { from: 2023 },
  needs: ['providers'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!isOfstedUrn(e.URN)) return;
      const provider = providerFor(ctx, e.URN);
      if (!provider || e.PLACE === '' || !provider.placeCodes.includes(e.PLACE)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a K2 placement at a URN registered only for K3, and a URN not on the lists, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K2', URN: 'SC000001' },
          { CHILD: '2', PLACE: 'K2', URN: 'SC999999' },
        ],
      },
      providers: [{ urn: 'SC000001', placeCodes: ['K3'], providerCodes: ['PR4'] }],
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a matching placement type, and the XXXXXXX URN, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K3', URN: 'SC000001' },
          { CHILD: '2', PLACE: 'U1', URN: 'XXXXXXX' },
        ],
      },
      providers: [{ urn: 'SC000001', placeCodes: ['H5', 'K3'], providerCodes: ['PR4'] }],
      expect: {},
    },
  ],
};
