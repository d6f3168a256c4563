import { flagRows, isMale } from '../helpers.ts';
import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';

/** A boy (SEX 1 or M) cannot have a mother's-child date of birth. */
const check = (ctx: RuleContext): RuleFlags => ({
  Header: flagRows(ctx.current.Header, (h) => isMale(h.SEX) && h.MC_DOB !== ''),
});

const base = {
  code: '174',
  tables: ['Header'],
  fields: ['SEX', 'MC_DOB'],
  needsTables: ['Header'],
  check,
} as const;

/** 174 (to 2023/24, "gender" wording). */
export const rule174To2024: RuleDefinition = {
  ...base,
  message: "Mother's child date of birth is recorded but gender shows that the child is a male.",
  years: { from: 2023, to: 2024 },
  examples: [
    {
      description: 'a boy (SEX 1) with MC_DOB is flagged',
      current: { Header: [{ CHILD: '1', SEX: '1', MC_DOB: '2019-02-19' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a girl with MC_DOB, and a boy without, pass',
      current: {
        Header: [
          { CHILD: '1', SEX: '2', MC_DOB: '2019-02-19' },
          { CHILD: '2', SEX: '1', MC_DOB: '' },
        ],
      },
      expect: {},
    },
  ],
};

/** 174 (from 2024/25, "sex" wording; SEX M/F/U). */
export const rule174From2025: RuleDefinition = {
  ...base,
  message: "Mother's child date of birth is recorded but sex shows that the child is a male.",
  years: { from: 2025 },
  examples: [
    {
      description: 'a boy (SEX M) with MC_DOB is flagged',
      current: { Header: [{ CHILD: '1', SEX: 'M', MC_DOB: '2019-02-19' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a girl (SEX F) with MC_DOB passes',
      current: { Header: [{ CHILD: '1', SEX: 'F', MC_DOB: '2019-02-19' }] },
      expect: {},
    },
  ],
};
