import { eachRow } from '../each-row.ts';
import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 347 (from 2023/24) — a care leaver under 18 at the start of the collection year cannot be accommodated in a
 * foyer (ACCOM T1/T2).
 *
 * Deviation from the reference: the reference compares ACCOM with the bare letter "T", which no valid code
 * equals (accommodation codes carry a suitability digit), so it never fires; Waypoint checks codes starting T.
 * It also measures age in calendar years rather than in multiples of 365.2425 days.
 */
export const rule347: RuleDefinition = {
  code: '347',
  message: 'Care leavers aged under 18 years, can not be accommodated in a Foyer.',
  tables: ['OC3'],
  fields: ['ACCOM', 'DOB'],
  years: { from: 2024 },
  needsTables: ['OC3'],
  ...eachRow('OC3', (o, ctx) => o.ACCOM.startsWith('T') && isDate(o.DOB) && addYears(o.DOB, 18) > ctx.collectionStart),
  examples: [
    {
      description: 'a foyer for a care leaver who turns 18 the day after the year starts is flagged',
      year: 2024,
      current: { OC3: [{ CHILD: '1', DOB: '2005-04-02', ACCOM: 'T1' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'a foyer for a care leaver 18 on the first day of the year passes',
      year: 2024,
      current: { OC3: [{ CHILD: '1', DOB: '2005-04-01', ACCOM: 'T2' }] },
      expect: {},
    },
  ],
};
