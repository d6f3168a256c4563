import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

const FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

/** 151 — the adoption items of an AD1 row are all given or all blank. */
export const rule151: RuleDefinition = {
  code: '151',
  message: 'All data items relating to a childs adoption must be coded or left blank.',
  tables: ['AD1'],
  fields: FIELDS,
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', (r) => {
    const filled = FIELDS.filter((f) => r[f] !== '').length;
    return filled > 0 && filled < FIELDS.length;
  }),
  examples: [
    {
      description: 'a row with only some items given is flagged',
      current: { AD1: [{ CHILD: '1', DATE_INT: '2025-05-01', DATE_MATCH: '2025-06-01' }] },
      expect: { AD1: [0] },
    },
    {
      description: 'all given or all blank pass',
      current: {
        AD1: [
          {
            CHILD: '1',
            DATE_INT: '2025-05-01',
            DATE_MATCH: '2025-06-01',
            FOSTER_CARE: '0',
            NB_ADOPTR: '2',
            SEX_ADOPTR: 'MF',
            LS_ADOPTR: 'L11',
          },
          { CHILD: '2' },
        ],
      },
      expect: {},
    },
  ],
};
