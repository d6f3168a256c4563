/**
 * Case allocations: which team holds each child's case, and from when (the allocation history a council's case
 * management system keeps). One team at a time: looked after beats a child protection plan, which beats
 * children in need; a care leaver moves to the leaving care team. Drives the drill-down's team column and filter.
 */
import { addDays, addMonths, fromEpochDay, type IsoDate, toEpochDay } from '@waypoint/calendar';
import type { Allocation } from '../../modules/measures/measure-data.ts';
import type { LocalRecordOptions } from './generate.ts';
import type { DemoPopulation } from './population.ts';
import { hashLabel } from './random.ts';

/** A period a service was involved, with how strongly it claims the case. */
interface Involvement {
  team: string;
  priority: number;
  from: number;
  /** Inclusive; Infinity while open. */
  to: number;
}

const day = (iso: IsoDate) => toEpochDay(iso);
const open = (iso: IsoDate | undefined) => (iso ? toEpochDay(iso) : Number.POSITIVE_INFINITY);

/** The allocation history of every child in the population, up to `today`. */
export function generateAllocations(population: DemoPopulation, options: LocalRecordOptions): Allocation[] {
  const todayDay = toEpochDay(options.today);
  const byChild = new Map<string, Involvement[]>();
  const add = (childId: string, involvement: Involvement) => {
    if (involvement.from > todayDay || involvement.to < involvement.from) return;
    byChild.set(childId, [...(byChild.get(childId) ?? []), involvement]);
  };
  const side = (childId: string, a: string, b: string) => (hashLabel(childId) % 2 === 0 ? a : b);

  for (const e of population.cinEpisodes) {
    const assessmentTeam = side(e.childId, 'assessment-north', 'assessment-south');
    const authorised = e.assessments.map((a) => a.authorised).filter((d): d is IsoDate => !!d);
    const handedOver = authorised.length > 0 ? authorised.sort().at(-1)! : undefined;
    const closed = open(e.closureDate);
    add(e.childId, { team: assessmentTeam, priority: 1, from: day(e.referralDate), to: closed });
    // Children in need after the assessment are held by a family safeguarding team until the case closes.
    if (handedOver && !e.nfa && day(handedOver) < closed)
      add(e.childId, {
        team: side(e.childId, 'family-safeguarding-east', 'family-safeguarding-west'),
        priority: 2,
        from: day(handedOver) + 1,
        to: closed,
      });
  }
  for (const p of population.cpPlans)
    add(p.childId, {
      team: side(p.childId, 'family-safeguarding-east', 'family-safeguarding-west'),
      priority: 3,
      from: day(p.start),
      to: open(p.end),
    });
  for (const c of population.lookedAfter) {
    if (c.shortBreaksOnly) continue;
    for (const period of c.periods) {
      const from = day(period.start);
      const to = open(period.end);
      // The court and permanence team holds the first six months in care; then the children in care team.
      const handover = day(addMonths(period.start, 6));
      add(c.childId, { team: 'court-permanence', priority: 4, from, to: Math.min(to, handover - 1) });
      add(c.childId, { team: 'children-in-care', priority: 4, from: handover, to });
    }
  }
  for (const l of population.careLeavers)
    add(l.childId, {
      team: 'leaving-care',
      priority: 5,
      from: day(addDays(l.ceasedCare, 1)),
      to: day(addDays(addMonths(l.dateOfBirth, 21 * 12), -1)),
    });

  const allocations: Allocation[] = [];
  for (const [childId, involvements] of [...byChild].sort(([a], [b]) => a.localeCompare(b))) {
    // Split time at every start and end, give each stretch to the strongest claim, and join equal neighbours.
    const cuts = [...new Set(involvements.flatMap((i) => [i.from, i.to + 1]))]
      .filter((d) => Number.isFinite(d) && d <= todayDay)
      .sort((a, b) => a - b);
    let current: { team: string; from: number; to: number } | null = null;
    const spells: Array<{ team: string; from: number; to: number }> = [];
    cuts.forEach((start, k) => {
      const end = (cuts[k + 1] ?? Number.POSITIVE_INFINITY) - 1;
      const active = involvements
        .filter((i) => i.from <= start && i.to >= start)
        .sort((a, b) => b.priority - a.priority || b.from - a.from)[0];
      if (current && active?.team === current.team && current.to === start - 1) {
        current.to = end;
        return;
      }
      if (active) {
        current = { team: active.team, from: start, to: end };
        spells.push(current);
      } else current = null;
    });
    spells.forEach((s, k) => {
      allocations.push({
        allocationId: `${childId}-${k + 1}`,
        childId,
        team: s.team,
        from: fromEpochDay(s.from),
        ...(Number.isFinite(s.to) && s.to < todayDay ? { to: fromEpochDay(s.to) } : {}),
      });
    });
  }
  return allocations;
}
