import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8615 — an S47 with an ICPC date must have a start date on or before that conference. */
export const rule8615: ChildRuleDefinition = {
  code: '8615',
  message:
    'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['S47ActualStartDate', 'DateOfInitialCPC'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Section47.forEach((s, i) => {
      if (s.DateOfInitialCPC === '') return;
      if (s.S47ActualStartDate === '' || s.S47ActualStartDate > s.DateOfInitialCPC) out = addFlag(out, 'Section47', i);
    });
    return out;
  },
  examples: [
    {
      description: 'an S47 starting after its conference, or without a start, is flagged',
      tables: {
        Section47: [
          { S47ActualStartDate: '2022-02-01', DateOfInitialCPC: '2022-01-01' },
          { S47ActualStartDate: '', DateOfInitialCPC: '2022-01-01' },
        ],
      },
      expect: { Section47: [0, 1] },
    },
    {
      description: 'a start on the conference date, or an S47 without a conference, passes',
      tables: {
        Section47: [
          { S47ActualStartDate: '2022-01-01', DateOfInitialCPC: '2022-01-01' },
          { S47ActualStartDate: '2022-07-01' },
        ],
      },
      expect: {},
    },
  ],
};
