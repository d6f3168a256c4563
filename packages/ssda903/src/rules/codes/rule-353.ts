import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 353 — no episode may start before 14 October 1991 (the Children Act 1989 came into force). */
export const rule353: RuleDefinition = {
  code: '353',
  message: 'No episode submitted can start before 14 October 1991.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => isDate(e.DECOM) && e.DECOM < '1991-10-14'),
  examples: [
    {
      description: 'an episode starting 13 October 1991 is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '1991-10-13' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an episode starting 14 October 1991 passes',
      current: { Episodes: [{ CHILD: '1', DECOM: '1991-10-14' }] },
      expect: {},
    },
  ],
};
