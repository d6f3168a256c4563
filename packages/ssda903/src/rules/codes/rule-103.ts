import { ETHNIC_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 103 — ETHNIC must be one of the 20 DfE codes; blank is invalid. */
export const rule103: RuleDefinition = {
  code: '103',
  message: 'The ethnicity code is either not valid or has not been entered.',
  tables: ['Header'],
  fields: ['ETHNIC'],
  years: { from: 2023 },
  needsTables: ['Header'],
  ...eachRow('Header', invalidCode('ETHNIC', ETHNIC_CODES, { blankIsInvalid: true })),
  examples: [
    {
      description: 'a description instead of a code, and a blank, are flagged',
      current: {
        Header: [
          { CHILD: '1', ETHNIC: 'WHITE BRITISH' },
          { CHILD: '2', ETHNIC: '' },
        ],
      },
      expect: { Header: [0, 1] },
    },
    {
      description: 'WBRI and NOBT are valid',
      current: {
        Header: [
          { CHILD: '1', ETHNIC: 'WBRI' },
          { CHILD: '2', ETHNIC: 'NOBT' },
        ],
      },
      expect: {},
    },
  ],
};
