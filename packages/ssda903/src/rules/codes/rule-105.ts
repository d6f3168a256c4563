import { FLAG_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 105 — the UASC flag must be 0 or 1. Only an XML return carries the flag (HEADER/UASC); in a CSV return it
 * is derived from the UASC table, so the rule is reported "not run" there.
 */
export const rule105: RuleDefinition = {
  code: '105',
  message:
    'Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.',
  tables: ['Header'],
  fields: ['UASC'],
  years: { from: 2023 },
  needs: ['xml'],
  needsTables: ['Header'],
  ...eachRow('Header', invalidCode('UASC', FLAG_CODES, { blankIsInvalid: true })),
  examples: [
    {
      description: 'a blank or 2 is flagged',
      current: {
        Header: [
          { CHILD: '1', UASC: '' },
          { CHILD: '2', UASC: '2' },
        ],
      },
      expect: { Header: [0, 1] },
    },
    {
      description: '0 and 1 pass',
      current: {
        Header: [
          { CHILD: '1', UASC: '0' },
          { CHILD: '2', UASC: '1' },
        ],
      },
      expect: {},
    },
  ],
};
