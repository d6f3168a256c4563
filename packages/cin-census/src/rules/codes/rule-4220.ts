import type { ChildRuleDefinition } from '../rule.ts';
import { ETHNICITY_CODES } from './code-lists.ts';

/** 4220 — ethnicity must be present and a valid code. */
export const rule4220: ChildRuleDefinition = {
  code: '4220',
  message: 'Ethnicity is missing or invalid (see Ethnicity table)',
  type: 'error',
  scope: 'child',
  fields: { ChildCharacteristics: ['Ethnicity'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const rows = tables.ChildCharacteristics;
    if (rows.length === 0) return undefined;
    return ETHNICITY_CODES.has(rows[0]!.Ethnicity) ? undefined : { ChildCharacteristics: [0] };
  },
  examples: [
    {
      description: 'a missing or unknown ethnicity is flagged',
      tables: {
        ChildCharacteristics: [
          { LAchildID: 'a', Ethnicity: '' },
          { LAchildID: 'b', Ethnicity: 'ABAB' },
        ],
      },
      expect: { ChildCharacteristics: [0, 1] },
    },
    {
      description: 'valid codes pass',
      tables: {
        ChildCharacteristics: [
          { LAchildID: 'a', Ethnicity: 'WBRI' },
          { LAchildID: 'b', Ethnicity: 'MOTH' },
        ],
      },
      expect: {},
    },
  ],
};
