import { addFlag, isTrue } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8890 — within one CIN episode, no S47 may start on or between another S47's start and its ICPC date, or
 * (when that one has no ICPC and a conference is still required) its start and the reference date. The later
 * enquiry is flagged on its start date, the ongoing one on its start and ICPC dates.
 */
export const rule8890: ChildRuleDefinition = {
  code: '8890',
  message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['S47ActualStartDate', 'DateOfInitialCPC'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    const s47 = tables.Section47;
    if (s47.length < 2) return undefined;
    let out: RuleFlags | undefined;
    s47.forEach((s, i) => {
      const start = s.S47ActualStartDate;
      if (start === '') return;
      s47.forEach((other, j) => {
        if (i === j || other.CINdetailsID !== s.CINdetailsID) return;
        if (other.S47ActualStartDate === '' || start < other.S47ActualStartDate) return;
        const ongoing =
          other.DateOfInitialCPC !== ''
            ? start <= other.DateOfInitialCPC
            : !isTrue(other.ICPCnotRequired) && start <= referenceDate;
        if (!ongoing) return;
        out = addFlag(out, 'Section47', i, ['S47ActualStartDate']);
        out = addFlag(out, 'Section47', j);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'an S47 starting before another one reached its conference is flagged with it',
      tables: {
        Section47: [
          { S47ActualStartDate: '2022-05-26', DateOfInitialCPC: '2022-10-26' },
          { S47ActualStartDate: '2022-08-26', DateOfInitialCPC: '2022-09-26' },
        ],
      },
      expect: { Section47: [0, 1] },
    },
    {
      description: 'S47s after the previous conference, after one not needing a conference, or in other episodes, pass',
      tables: {
        Section47: [
          { CINdetailsID: '1', S47ActualStartDate: '2022-05-26', DateOfInitialCPC: '2022-06-10' },
          { CINdetailsID: '1', S47ActualStartDate: '2022-07-26', ICPCnotRequired: 'true' },
          { CINdetailsID: '1', S47ActualStartDate: '2022-09-26', DateOfInitialCPC: '2022-10-10' },
          { CINdetailsID: '2', S47ActualStartDate: '2022-09-27', ICPCnotRequired: '0' },
        ],
      },
      expect: {},
    },
  ],
};
