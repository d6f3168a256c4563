import type { RuleDefinition } from '../rule.ts';
import { isOfstedUrn, providerFor } from '../shared-200-399.ts';

/**
 * 229 — own provision (PR1) must be located in the returning authority and other-LA provision (PR2) must not
 * be. The provider's authority is inferred from its setting postcode; a URN missing from the lists, or one
 * whose authority is unknown, counts as "not in this authority".
 */
export const rule229: RuleDefinition = {
  code: '229',
  message:
    "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
  tables: ['Episodes'],
  fields: ['URN', 'PLACE_PROVIDER'],
  severity: 'query',
  years: { from: 2023 },
  needs: ['providers', 'laCode'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!isOfstedUrn(e.URN)) return;
      const inThisAuthority = providerFor(ctx, e.URN)?.laCode === ctx.laCode;
      if ((e.PLACE_PROVIDER === 'PR1' && !inThisAuthority) || (e.PLACE_PROVIDER === 'PR2' && inThisAuthority)) {
        out.push(i);
      }
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'PR1 at a provider elsewhere, and PR2 at a provider in the authority, are flagged',
      laCode: 'E09000027',
      current: {
        Episodes: [
          { CHILD: '1', PLACE_PROVIDER: 'PR1', URN: 'SC000001' },
          { CHILD: '2', PLACE_PROVIDER: 'PR2', URN: 'SC000002' },
        ],
      },
      providers: [
        { urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR1'], laCode: 'E09000001' },
        { urn: 'SC000002', placeCodes: ['K2'], providerCodes: ['PR2'], laCode: 'E09000027' },
      ],
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'PR1 in the authority, PR2 elsewhere and PR4 anywhere pass',
      laCode: 'E09000027',
      current: {
        Episodes: [
          { CHILD: '1', PLACE_PROVIDER: 'PR1', URN: 'SC000002' },
          { CHILD: '2', PLACE_PROVIDER: 'PR2', URN: 'SC000001' },
          { CHILD: '3', PLACE_PROVIDER: 'PR4', URN: 'SC000001' },
        ],
      },
      providers: [
        { urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR2'], laCode: 'E09000001' },
        { urn: 'SC000002', placeCodes: ['K2'], providerCodes: ['PR1'], laCode: 'E09000027' },
      ],
      expect: {},
    },
  ],
};
