import { REVIEW_CODES } from '../code-lists.ts';

import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 167 — a review needs a valid participation code (PN0–PN7); a row with neither date nor code passes. */
export const rule167: RuleDefinition = {
  code: '167',
  message: 'Data entry for participation is invalid or blank.',
  tables: ['Reviews'],
  fields: ['REVIEW_CODE'],
  years: { from: 2023 },
  needsTables: ['Reviews'],
  ...eachRow('Reviews', (r) => (r.REVIEW === '' ? r.REVIEW_CODE !== '' : !REVIEW_CODES.has(r.REVIEW_CODE))),
  examples: [
    {
      description: 'a review with no code, an invalid code, or a code with no review date is flagged',
      current: {
        Reviews: [
          { CHILD: '1', REVIEW: '2025-05-01', REVIEW_CODE: '' },
          { CHILD: '1', REVIEW: '2025-06-01', REVIEW_CODE: 'PN8' },
          { CHILD: '2', REVIEW: '', REVIEW_CODE: 'PN1' },
        ],
      },
      expect: { Reviews: [0, 1, 2] },
    },
    {
      description: 'a review with PN3 passes',
      current: { Reviews: [{ CHILD: '1', REVIEW: '2025-05-01', REVIEW_CODE: 'PN3' }] },
      expect: {},
    },
  ],
};
