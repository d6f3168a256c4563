import { addDays, addMonths, type IsoDate, isIsoDate } from '@waypoint/calendar';
import type { HeaderRow } from '../tables.ts';
import type { CensusPeriod } from './rule.ts';

/**
 * The census period the rules use, as the DfE tools derive it: the Header's ReferenceDate is the census end
 * and the start is one year earlier plus a day (1 April for 31 March). When the Header has no valid
 * ReferenceDate, 31 March of the collection end year is used (rule 100 reports the missing date).
 */
export function censusPeriod(year: number, header: HeaderRow): CensusPeriod {
  const referenceDate: IsoDate = isIsoDate(header.ReferenceDate) ? header.ReferenceDate : `${year}-03-31`;
  return { year, referenceDate, collectionStart: addDays(addMonths(referenceDate, -12), 1) };
}
