import type { ChildRuleDefinition, RuleExample } from '../rule.ts';
import { LA_CODES_2023, LA_CODES_2024 } from './la-codes.ts';

const MESSAGE = 'UPN invalid (characters 2-4 not a recognised LA code)';

function make(
  codes: ReadonlySet<string>,
  years: { from: number; to?: number },
  examples: RuleExample[],
): ChildRuleDefinition {
  return {
    code: '1530',
    message: MESSAGE,
    type: 'error',
    scope: 'child',
    fields: { ChildIdentifiers: ['UPN'] },
    years,
    check: ({ tables, extraLaNumbers }) => {
      const upn = tables.ChildIdentifiers[0]?.UPN ?? '';
      const la = upn.slice(1, 4);
      if (upn.length !== 13 || codes.has(la) || extraLaNumbers?.has(la)) return undefined;
      return { ChildIdentifiers: [0] };
    },
    examples,
  };
}

/** 1530 (2022/23) — characters 2–4 of a 13-character UPN must be a recognised LA or pseudo-LA code. */
export const rule1530Base = make(LA_CODES_2023, { from: 2023, to: 2023 }, [
  {
    description: 'LA code 421 is not recognised, nor 942 before 2023/24',
    tables: {
      ChildIdentifiers: [
        { LAchildID: 'a', UPN: 'R421962919251' },
        { LAchildID: 'b', UPN: 'A942001783012' },
      ],
    },
    expect: { ChildIdentifiers: [0, 1] },
  },
  {
    description: 'recognised codes (003, 381), a blank UPN and UPNs of another length pass',
    tables: {
      ChildIdentifiers: [
        { LAchildID: 'a', UPN: 'H003278544154' },
        { LAchildID: 'b', UPN: 'A381001783012' },
        { LAchildID: 'c', UPN: '' },
        { LAchildID: 'd', UPN: 'R34' },
      ],
    },
    expect: {},
  },
]);

/** 1530 (from 2023/24) — as before, with codes 942 and 943 added. */
export const rule1530From2024 = make(LA_CODES_2024, { from: 2024 }, [
  {
    description: 'a UPN with letters in characters 2–4 is flagged',
    tables: { ChildIdentifiers: [{ UPN: 'ASFFAGSVSV123' }] },
    expect: { ChildIdentifiers: [0] },
  },
  {
    description: 'codes 942 and 943 are recognised from 2023/24',
    tables: {
      ChildIdentifiers: [
        { LAchildID: 'a', UPN: 'A942001783012' },
        { LAchildID: 'b', UPN: 'A943001783012' },
      ],
    },
    expect: {},
  },
]);
