import { addFlag, rowsOfEpisode } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 2991Q — an episode with a section 47 enquiry should also have an assessment. */
export const rule2991Q: ChildRuleDefinition = {
  code: '2991Q',
  message: 'Please check: A Section 47 module is recorded and there is no assessment on the episode',
  type: 'query',
  scope: 'child',
  fields: { CINdetails: ['CINdetailsID'], Section47: ['CINdetailsID'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      const s47 = rowsOfEpisode(tables.Section47, cin.CINdetailsID);
      if (s47.length === 0 || tables.Assessments.some((a) => a.CINdetailsID === cin.CINdetailsID)) return;
      out = addFlag(out, 'CINdetails', e);
      for (const i of s47) out = addFlag(out, 'Section47', i);
    });
    return out;
  },
  examples: [
    {
      description: 'an S47 on an episode without an assessment is queried',
      tables: {
        CINdetails: [{ CINdetailsID: '1' }, { CINdetailsID: '2' }],
        Section47: [{ CINdetailsID: '1', S47ActualStartDate: '2022-05-26' }],
        Assessments: [{ CINdetailsID: '2', AssessmentActualStartDate: '2022-06-01' }],
      },
      expect: { CINdetails: [0], Section47: [0] },
    },
    {
      description: 'an S47 alongside an assessment of the same episode passes',
      tables: {
        CINdetails: [{}],
        Section47: [{ S47ActualStartDate: '2022-05-26' }],
        Assessments: [{ AssessmentActualStartDate: '2022-05-20' }],
      },
      expect: {},
    },
  ],
};
