import { notAtWeekend } from './weekend.ts';

/**
 * 8875 — an S47's initial child protection conference cannot be at a weekend. (Checked on the S47 module, as
 * the DfE rule is; episode-level ICPC dates are not checked.)
 */
export const rule8875 = notAtWeekend({
  code: '8875',
  message: 'The Date of Initial Child Protection Conference cannot be a weekend',
  type: 'error',
  column: 'DateOfInitialCPC',
  examples: [
    {
      description: 'a Sunday and a Saturday conference are flagged',
      tables: { Section47: [{ DateOfInitialCPC: '2022-10-09' }, { DateOfInitialCPC: '2020-03-14' }] },
      expect: { Section47: [0, 1] },
    },
    {
      description: 'a Thursday conference passes',
      tables: { Section47: [{ DateOfInitialCPC: '2021-06-17' }] },
      expect: {},
    },
  ],
});
