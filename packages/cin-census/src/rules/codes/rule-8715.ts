import { withinCensusYear } from './within-year.ts';

/**
 * 8715 — the ICPC date of a section 47 enquiry, when present, must fall within the census year. The episode's
 * own ICPC date is not checked: episodes open from earlier years legitimately carry older conferences.
 */
export const rule8715 = withinCensusYear({
  code: '8715',
  message: 'Date of Initial Child Protection Conference must fall within the census year',
  table: 'Section47',
  column: 'DateOfInitialCPC',
  examples: [
    {
      description: 'an S47 conference before the year is flagged',
      tables: { Section47: [{ DateOfInitialCPC: '2019-03-01' }] },
      expect: { Section47: [0] },
    },
    {
      description: 'a conference in the year, or none, passes',
      tables: { Section47: [{ DateOfInitialCPC: '2022-04-01' }, { DateOfInitialCPC: '' }] },
      expect: {},
    },
  ],
});
