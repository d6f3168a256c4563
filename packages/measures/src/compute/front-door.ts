/**
 * Front door (local contact records): contacts per 10,000 and decisions within 1 working day.
 */
import type { ComputeFn } from '../types.ts';
import { addWorkingDaysSafe, between, populationFor, workingDaysBetween } from './common.ts';
import { minutesOf } from './dates.ts';
import { count, percent, ratePer10000 } from './figures.ts';

interface PContact {
  id: string;
  received: number;
  decided: number | null;
}

/** Contacts received in the period (parsed once and sorted by receipt). */
function contactsIn(ctx: Parameters<ComputeFn>[0]): PContact[] {
  const all = ctx.data.memo('contacts', () =>
    (ctx.data.raw.contacts ?? [])
      .map((c, i) => ({
        id: c.contactId,
        received: Math.floor(minutesOf(c.receivedAt, () => `contacts[${i}].receivedAt`) / 1440),
        decided: c.decisionAt ? Math.floor(minutesOf(c.decisionAt, () => `contacts[${i}].decisionAt`) / 1440) : null,
      }))
      .sort((a, b) => a.received - b.received),
  );
  return between(all, (c) => c.received, ctx.startDay, ctx.endDay);
}

/** contacts-rate: contacts received in the period per 10,000 children. */
export const contactsRate: ComputeFn = (ctx) => {
  const pop = populationFor(ctx);
  if (!pop) return { noData: 'No population estimate of children aged 0–17 (population0to17).' };
  const received = contactsIn(ctx);
  return {
    main: ratePer10000(received.length, pop.value),
    breakdown: { contacts: count(received.length) },
    notes: pop.note ? [pop.note] : undefined,
  };
};

/**
 * contact-decision-1wd: contacts received in the period decided within 1 working day. Contacts still
 * undecided whose 1-working-day deadline falls after the period end are not yet due and are left out.
 */
export const contactDecision1wd: ComputeFn = (ctx) => {
  const due = contactsIn(ctx).filter((c) => c.decided !== null || addWorkingDaysSafe(c.received, 1) <= ctx.endDay);
  const inTime = due.filter((c) => c.decided !== null && workingDaysBetween(c.received, c.decided) <= 1);
  return {
    main: percent(
      inTime.length,
      due.length,
      inTime.map((c) => c.id),
    ),
  };
};
