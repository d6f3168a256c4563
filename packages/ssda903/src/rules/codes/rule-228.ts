import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { isOfstedUrn, providerFor } from '../shared-200-399.ts';

/**
 * 228 — an episode must not end after its Ofsted URN's registration ended; an open episode (or one whose end
 * date cannot be read) is compared using the collection end date.
 */
export const rule228: RuleDefinition = {
  code: '228',
  message:
    'Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]',
  tables: ['Episodes'],
  fields: ['URN', 'DEC'],
  severity: 'query',
  years: { from: 2023 },
  needs: ['providers'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!isOfstedUrn(e.URN)) return;
      const end = providerFor(ctx, e.URN)?.registrationEnd;
      if (end === undefined) return;
      const episodeEnd = isDate(e.DEC) ? e.DEC : ctx.collectionEnd;
      if (episodeEnd > end) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an episode ending after registration ended, and an open one at a provider that closed, are flagged',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DEC: '2023-12-26', URN: 'SC000001' },
          { CHILD: '2', DEC: '', URN: 'SC000001' },
        ],
      },
      providers: [{ urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR4'], registrationEnd: '2023-12-25' }],
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'an episode ending on the registration end date passes',
      year: 2024,
      current: { Episodes: [{ CHILD: '1', DEC: '2023-12-25', URN: 'SC000001' }] },
      providers: [{ urn: 'SC000001', placeCodes: ['K2'], providerCodes: ['PR4'], registrationEnd: '2023-12-25' }],
      expect: {},
    },
  ],
};
