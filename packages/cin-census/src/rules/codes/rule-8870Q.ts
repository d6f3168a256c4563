import { notAtWeekend } from './weekend.ts';

/**
 * 8870Q — an S47's ICPC target date should not be at a weekend. (The reference validator reads the ISO date
 * with a day-first format, so it never fires on XML input: see README.)
 */
export const rule8870Q = notAtWeekend({
  code: '8870Q',
  message: 'Please check: The Target Date for Initial Child Protection Conference should not be a weekend',
  type: 'query',
  column: 'InitialCPCtarget',
  examples: [
    {
      description: 'a Saturday target is queried',
      tables: { Section47: [{ InitialCPCtarget: '2022-06-25' }] },
      expect: { Section47: [0] },
    },
    {
      description: 'a weekday target, or none, passes',
      tables: { Section47: [{ InitialCPCtarget: '2022-06-23' }, { InitialCPCtarget: '' }] },
      expect: {},
    },
  ],
});
