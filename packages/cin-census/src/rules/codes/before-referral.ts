import { addFlag, episodeIndex } from '../helpers.ts';
import type { ChildContext, RuleFlags } from '../rule.ts';

type DatedTable = 'Section47' | 'ChildProtectionPlans' | 'Assessments' | 'CINplanDates';

/**
 * Flags rows of `table` whose `column` date is before the referral date of their own CIN episode, together
 * with that episode (shared by rules 1104, 1105, 2889 and 4015).
 */
export function flagBeforeReferral(
  { tables }: ChildContext,
  table: DatedTable,
  column: string,
  out: RuleFlags | undefined = undefined,
): RuleFlags | undefined {
  const rows = tables[table] as ReadonlyArray<Readonly<Record<string, string>> & { CINdetailsID: string }>;
  rows.forEach((row, i) => {
    const date = row[column] ?? '';
    if (date === '') return;
    const e = episodeIndex(tables.CINdetails, row.CINdetailsID);
    const referral = e === -1 ? '' : tables.CINdetails[e]!.CINreferralDate;
    if (referral !== '' && date < referral) {
      out = addFlag(out, table, i);
      out = addFlag(out, 'CINdetails', e);
    }
  });
  return out;
}
