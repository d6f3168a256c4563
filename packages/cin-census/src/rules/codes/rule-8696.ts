import { withinCensusYear } from './within-year.ts';

/** 8696 — an assessment authorisation (end) date, when present, must fall within the census year. */
export const rule8696 = withinCensusYear({
  code: '8696',
  message: 'Assessment end date must fall within the census year',
  table: 'Assessments',
  column: 'AssessmentAuthorisationDate',
  examples: [
    {
      description: 'authorisations before or after the year are flagged',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentAuthorisationDate: '2019-03-01' },
          { AssessmentID: '2', AssessmentAuthorisationDate: '2023-10-01' },
        ],
      },
      expect: { Assessments: [0, 1] },
    },
    {
      description: 'an authorisation in the year, or none, passes',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentAuthorisationDate: '2022-04-01' },
          { AssessmentID: '2', AssessmentAuthorisationDate: '' },
        ],
      },
      expect: {},
    },
  ],
});
