import type { RuleDefinition } from '../rule.ts';
import { flagJoinedByChild, validDate } from '../shared-400-plus.ts';

/** 601 — a child adopted in the year (REC E11/E12) needs every AD1 field completed. */
export const rule601: RuleDefinition = {
  code: '601',
  message:
    'The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.',
  tables: ['Episodes', 'AD1'],
  fields: ['REC', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'AD1'],
  check: (ctx) =>
    flagJoinedByChild(
      ctx,
      'Episodes',
      'AD1',
      (e, a) =>
        (e.REC === 'E11' || e.REC === 'E12') &&
        validDate(e.DEC) &&
        e.DEC >= ctx.collectionStart &&
        e.DEC <= ctx.collectionEnd &&
        (a.DATE_INT === '' ||
          a.DATE_MATCH === '' ||
          a.FOSTER_CARE === '' ||
          a.NB_ADOPTR === '' ||
          a.SEX_ADOPTR === '' ||
          a.LS_ADOPTR === ''),
    ),
  examples: [
    {
      description: 'an adoption in the year with an incomplete AD1 row flags both rows',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DEC: '2025-01-01', REC: 'E11' }],
        AD1: [{ CHILD: '1', DATE_INT: '2024-01-01', DATE_MATCH: '' }],
      },
      expect: { Episodes: [0], AD1: [0] },
    },
    {
      description: 'an adoption before the year is not checked',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DEC: '2024-03-31', REC: 'E12' }],
        AD1: [{ CHILD: '1', DATE_INT: '2024-01-01', DATE_MATCH: '' }],
      },
      expect: {},
    },
  ],
};
