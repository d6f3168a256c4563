import type { ChildRuleDefinition } from '../rule.ts';
import { hasTwelveDigits, upnCheckLetter } from './upn.ts';

/**
 * 1510 — the first character of a UPN must be its check letter. Checked for 13-character UPNs whose
 * characters 2–13 are digits; remainders 21 and 22 map to Y and Z as the UPN standard defines.
 */
export const rule1510: ChildRuleDefinition = {
  code: '1510',
  message: 'UPN invalid (wrong check letter at character 1)',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['UPN'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const upn = tables.ChildIdentifiers[0]?.UPN ?? '';
    if (!hasTwelveDigits(upn) || upn[0] === upnCheckLetter(upn)) return undefined;
    return { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'a UPN with the wrong check letter is flagged',
      tables: { ChildIdentifiers: [{ UPN: 'R247962919251' }] },
      expect: { ChildIdentifiers: [0] },
    },
    {
      description: 'valid check letters (including Y/Z for remainders 21/22), blanks and other forms pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: 'A950000178301' },
          { LAchildID: 'b', UPN: 'H243278544154' },
          { LAchildID: 'c', UPN: 'Y000000000016' },
          { LAchildID: 'f', UPN: 'Z000000000007' },
          { LAchildID: 'd', UPN: '' },
          { LAchildID: 'e', UPN: 'A12345678901B' },
        ],
      },
      expect: {},
    },
  ],
};
