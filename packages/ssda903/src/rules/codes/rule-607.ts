import type { RuleDefinition, RuleExample } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const MESSAGE = 'Child ceased to be looked after in the year, but mother field has not been completed.';

function definition(years: RuleDefinition['years'], female: string, examples: RuleExample[]): RuleDefinition {
  return {
    code: '607',
    message: MESSAGE,
    tables: ['Episodes', 'Header'],
    fields: ['DEC', 'REC', 'MOTHER', 'LS', 'SEX'],
    years,
    needsTables: ['Episodes', 'Header'],
    check: (ctx) => {
      const header = ctx.current.Header ?? [];
      const headerByChild = ctx.byChild('Header');
      const flagged = { Episodes: [] as number[], Header: [] as number[] };
      (ctx.current.Episodes ?? []).forEach((e, i) => {
        const ceased = e.REC !== '' && e.REC !== 'X1' && validDate(e.DEC);
        if (!ceased || e.LS === 'V3' || e.LS === 'V4') return;
        if (e.DEC < ctx.collectionStart || e.DEC > ctx.collectionEnd) return;
        for (const h of headerByChild.get(e.CHILD) ?? []) {
          if (header[h]!.SEX === female && header[h]!.MOTHER === '') {
            flagged.Episodes.push(i);
            flagged.Header.push(h);
          }
        }
      });
      return flagged;
    },
    examples,
  };
}

const examples = (year: number, female: string, male: string): RuleExample[] => [
  {
    description: 'a girl leaving care in the year without MOTHER flags the episode and the header',
    year,
    current: {
      Header: [{ CHILD: '1', SEX: female, MOTHER: '' }],
      Episodes: [{ CHILD: '1', DEC: `${year - 1}-06-01`, REC: 'E4A', LS: 'C2' }],
    },
    expect: { Episodes: [0], Header: [0] },
  },
  {
    description: 'MOTHER completed, a boy, or a short break pass',
    year,
    current: {
      Header: [
        { CHILD: '1', SEX: female, MOTHER: '0' },
        { CHILD: '2', SEX: male, MOTHER: '' },
        { CHILD: '3', SEX: female, MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', DEC: `${year - 1}-06-01`, REC: 'E4A', LS: 'C2' },
        { CHILD: '2', DEC: `${year - 1}-06-01`, REC: 'E4A', LS: 'C2' },
        { CHILD: '3', DEC: `${year - 1}-06-01`, REC: 'E4A', LS: 'V3' },
      ],
    },
    expect: {},
  },
];

/** 607 (to 2023/24) — a girl (SEX 2) who ceased to be looked after in the year needs the MOTHER field. */
export const rule607To2024: RuleDefinition = definition({ from: 2023, to: 2024 }, '2', examples(2024, '2', '1'));

/** 607 (from 2024/25) — as before, with the SEX codes M/F/U. */
export const rule607: RuleDefinition = definition({ from: 2025 }, 'F', examples(2025, 'F', 'M'));
