import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { isOfstedUrn, providerFor } from '../shared-200-399.ts';

/** 227 — an episode must not start on or after the date its Ofsted URN's registration ended. */
export const rule227: RuleDefinition = {
  code: '227',
  message: 'Ofsted Unique reference number (URN) is not valid for the episode start date.',
  tables: ['Episodes'],
  fields: ['URN', 'DECOM'],
  years: { from: 2023 },
  needs: ['providers'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!isOfstedUrn(e.URN) || !isDate(e.DECOM)) return;
      const end = providerFor(ctx, e.URN)?.registrationEnd;
      if (end !== undefined && e.DECOM >= end) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an episode starting on the day registration ended is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2015-12-25', URN: 'SC000001' }] },
      providers: [{ urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR4'], registrationEnd: '2015-12-25' }],
      expect: { Episodes: [0] },
    },
    {
      description: 'an episode starting before the end, and one at a still-registered URN, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2015-12-24', URN: 'SC000001' },
          { CHILD: '2', DECOM: '2022-01-01', URN: 'SC000002' },
        ],
      },
      providers: [
        { urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR4'], registrationEnd: '2015-12-25' },
        { urn: 'SC000002', placeCodes: ['K2'], providerCodes: ['PR4'] },
      ],
      expect: {},
    },
  ],
};
