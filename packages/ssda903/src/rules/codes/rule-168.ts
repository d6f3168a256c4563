import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** A letter other than I, O or S, then 12 digits or 11 digits and a letter; or UN1–UN5. */
const UPN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

/** 168 — UPN, when given, must be a well-formed unique pupil number or UN1–UN5. */
export const rule168: RuleDefinition = {
  code: '168',
  message: 'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
  tables: ['Header'],
  fields: ['UPN'],
  years: { from: 2023 },
  needsTables: ['Header'],
  ...eachRow('Header', (h) => h.UPN !== '' && !UPN.test(h.UPN)),
  examples: [
    {
      description: 'a UPN starting with I, one too short and UN7 are flagged',
      current: {
        Header: [
          { CHILD: '1', UPN: 'I072272729588' },
          { CHILD: '2', UPN: 'K06014812931' },
          { CHILD: '3', UPN: 'UN7' },
        ],
      },
      expect: { Header: [0, 1, 2] },
    },
    {
      description: 'a 13-character UPN, one ending in a letter, and UN3 pass',
      current: {
        Header: [
          { CHILD: '1', UPN: 'L086819786126' },
          { CHILD: '2', UPN: 'X06805040829A' },
          { CHILD: '3', UPN: 'UN3' },
        ],
      },
      expect: {},
    },
  ],
};
