/**
 * Front-door contacts (demo-scenario §7, §11): about 8,900 a year (1,996 per 10,000 in 2025/26), each
 * CIN referral preceded by its contact, and decisions within 1 working day rising to 88% in Apr–Jun 2026.
 */
import type { Contact } from '@waypoint/measures';
import { civilFromDays, daysFromCivil, type GenContext } from './context.ts';
import { addWorkingDays, curve, dateTime, isWorkingDay, type MonthWindow, Quota, weekdayOf } from './timeline.ts';

/** Contacts received in each story reporting year (named by its 31 March). */
const CONTACTS_PER_YEAR: Record<number, number> = { 2024: 8_400, 2025: 8_700, 2026: 8_902, 2027: 9_150 };

/** Share of contacts decided within 1 working day. */
export const CONTACT_DECISION_STORY = curve([
  ['2023-04-15', 0.83],
  ['2024-04-15', 0.84],
  ['2025-04-15', 0.85],
  ['2026-03-15', 0.855],
  ['2026-04-01', 0.88],
  ['2026-07-15', 0.885],
]);

/** Seasonal weight of each calendar month (January = index 0). */
const SEASON = [1.02, 1.0, 1.09, 0.92, 1.02, 1.03, 1.02, 0.85, 1.02, 1.06, 1.07, 0.9];
const OTHER_OUTCOMES = ['no further action', 'information and advice', 'early help', 'referred to another agency'];
const OUTCOME_WEIGHTS = [35, 30, 30, 5];
const SOURCES = ['5A', '5B', '5C', '3A', '3B', '1B', '2A', '6', '7', '8', '10'];
const SOURCE_WEIGHTS = [28, 8, 4, 12, 6, 10, 6, 5, 4, 3, 14];

interface Draft {
  day: number;
  minute: number;
  childId?: string;
  source: string;
  linked: boolean;
}

function reportingYear(storyDay: number): number {
  const [y, m] = civilFromDays(storyDay);
  return m >= 4 ? y + 1 : y;
}

/** Generates contacts from the first day of the local records to today. */
export function generateContacts(ctx: GenContext): Contact[] {
  const rng = ctx.rng('contacts');
  const { tl } = ctx;
  // Day weights: weekends and bank holidays are quiet; months follow the season.
  const weight = (day: number): number => {
    const wd = weekdayOf(day);
    const base = wd === 0 || wd === 6 ? 0.28 : isWorkingDay(day) ? 1 : 0.35;
    return base * SEASON[civilFromDays(tl.storyDay(day))[1] - 1]!;
  };
  const yearWeight = new Map<number, number>();
  const firstYear = reportingYear(tl.storyDay(tl.start));
  const lastYear = reportingYear(tl.storyDay(tl.today));
  for (let y = firstYear; y <= lastYear; y++) {
    let total = 0;
    const from = daysFromCivil(y - 1, 4, 1) + tl.offset;
    const to = daysFromCivil(y, 3, 31) + tl.offset;
    for (let day = from; day <= to; day++) total += weight(day);
    yearWeight.set(y, total);
  }
  const linkedByDay = new Map<number, { childId: string; source?: string }[]>();
  for (const e of ctx.cin) {
    if (e.referral < tl.start || e.referral > tl.today) continue;
    const list = linkedByDay.get(e.referral) ?? [];
    list.push({ childId: e.childId, ...(e.source ? { source: e.source } : {}) });
    linkedByDay.set(e.referral, list);
  }
  const quota = new Quota();
  const drafts: Draft[] = [];
  for (let day = tl.start; day <= tl.today; day++) {
    const year = reportingYear(tl.storyDay(day));
    const expected = ((CONTACTS_PER_YEAR[year] ?? 9_150) * weight(day)) / yearWeight.get(year)!;
    const linked = linkedByDay.get(day) ?? [];
    const n = Math.max(quota.take(expected), linked.length);
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6 || !isWorkingDay(day);
    for (let i = 0; i < n; i++) {
      const link = linked[i];
      const office = !weekend && rng.chance(0.86);
      const minute = office ? rng.int(8 * 60, 17 * 60 + 30) : rng.int(0, 1439);
      drafts.push({
        day,
        minute: link ? Math.min(minute, 15 * 60) : minute,
        ...(link ? { childId: link.childId } : {}),
        source: link?.source ?? rng.weighted(SOURCES, SOURCE_WEIGHTS),
        linked: link !== undefined,
      });
    }
  }
  drafts.sort((a, b) => a.day - b.day || a.minute - b.minute);
  // Decisions: an exact share of each month's contacts within 1 working day.
  const contacts: Contact[] = drafts.map((c, i) => ({
    contactId: `CT${String(i + 1).padStart(7, '0')}`,
    ...(c.childId ? { childId: c.childId } : {}),
    receivedAt: dateTime(c.day, c.minute),
    source: c.source,
    outcome: c.linked ? 'referral to children’s social care' : rng.weighted(OTHER_OUTCOMES, OUTCOME_WEIGHTS),
  }));
  let cursor = 0;
  for (const month of tl.months()) {
    const indexes: number[] = [];
    while (cursor < drafts.length && drafts[cursor]!.day <= month.end) indexes.push(cursor++);
    decideMonth(ctx, month, indexes, drafts, contacts);
  }
  return contacts;
}

function decideMonth(
  ctx: GenContext,
  month: MonthWindow,
  indexes: number[],
  drafts: Draft[],
  contacts: Contact[],
): void {
  const rng = ctx.rng(`contacts:${month.key}`);
  const story = ctx.tl.storyDay(month.end);
  const noise = story < ctx.tl.storyDay(ctx.tl.at('2026-04-01')) ? rng.float(-0.012, 0.012) : 0;
  const rate = CONTACT_DECISION_STORY(story) + noise;
  const linked = indexes.filter((i) => drafts[i]!.linked);
  const others = rng.shuffle(indexes.filter((i) => !drafts[i]!.linked));
  const inTime = Math.max(0, Math.round(rate * indexes.length) - linked.length);
  const today = ctx.tl.today;
  const decide = (i: number, day: number, minute: number) => {
    if (day > today) return;
    contacts[i]!.decisionAt = dateTime(day, minute);
  };
  for (const i of linked) {
    const c = drafts[i]!;
    decide(i, c.day, Math.min(1439, c.minute + rng.int(60, 240)));
  }
  others.forEach((i, k) => {
    const c = drafts[i]!;
    if (k < inTime) {
      const sameDay = isWorkingDay(c.day) && c.minute < 15 * 60 && rng.chance(0.6);
      if (sameDay) decide(i, c.day, Math.min(1439, c.minute + rng.int(30, 150)));
      else decide(i, addWorkingDays(c.day, 1), rng.int(9 * 60, 17 * 60 + 30));
    } else
      decide(
        i,
        addWorkingDays(c.day, rng.weighted([2, 3, 4, 5, 6], [40, 25, 15, 12, 8])),
        rng.int(9 * 60, 17 * 60 + 30),
      );
  });
}
