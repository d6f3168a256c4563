import type { RuleDefinition } from '../rule.ts';

/** 1008 — a URN (other than the XXXXXXX placeholder) must be on the Ofsted provider lists. */
export const rule1008: RuleDefinition = {
  code: '1008',
  message: 'Ofsted Unique Reference Number (URN) is not valid.',
  tables: ['Episodes'],
  fields: ['URN'],
  years: { from: 2023 },
  needs: ['providers'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const providers = ctx.providers;
    const out: number[] = [];
    if (!providers) return { Episodes: out };
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.URN !== '' && e.URN !== 'XXXXXXX' && providers.get(e.URN) === undefined) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a URN not on the lists, or six Xs, is flagged',
      providers: [{ urn: '1234567', placeCodes: ['K2'], providerCodes: ['PR4'] }],
      current: {
        Episodes: [
          { CHILD: '1', URN: '2345' },
          { CHILD: '2', URN: 'XXXXXX' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a listed URN, the XXXXXXX placeholder and a blank URN pass',
      providers: [{ urn: '1234567', placeCodes: ['K2'], providerCodes: ['PR4'] }],
      current: {
        Episodes: [
          { CHILD: '1', URN: '1234567' },
          { CHILD: '2', URN: 'XXXXXXX' },
          { CHILD: '3', URN: '' },
        ],
      },
      expect: {},
    },
  ],
};
