/**
 * The placement register (P6): every placement of the children looked after since 1 April 2023 with its
 * registration status, and the unregistered-provision history of §8.1 exactly: 1 child for 19 days in
 * November 2025; 1 from 14 January 2026; 2 from 20 February 2026; 1 from 3 June 2026; 2 from 8 July 2026.
 */
import type { PlacementRegisterEntry, RegistrationStatus } from '@waypoint/measures';
import { type GenContext, OPEN_DAY } from './context.ts';
import { UNREGISTERED_STORY } from './story.ts';
import { iso } from './timeline.ts';

const REGISTERED = new Set(['K1', 'K2', 'R1', 'R3', 'S1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** Registration status of an ordinary placement by 903 PLACE code. */
export function statusForPlacement(place: string): RegistrationStatus {
  if (place === 'K3') return 'registered-sa';
  return REGISTERED.has(place) ? 'registered' : 'exempt';
}

function providerName(place: string, provider: string | undefined): string {
  if (place.startsWith('U'))
    return provider === 'PR1' ? 'Kellingford in-house foster carers' : 'Independent fostering agency';
  if (place === 'K2' || place === 'K1')
    return provider === 'PR1' ? 'Kellingford children’s home' : 'Private children’s home';
  if (place === 'K3') return 'Registered supported accommodation';
  if (place.startsWith('A')) return 'Adoptive placement';
  if (place.startsWith('P')) return 'With parents or person with parental responsibility';
  return 'Other placement';
}

/** Generates the register from the population's placements, with the named §8.1 stories on top. */
export function generatePlacementRegister(ctx: GenContext): PlacementRegisterEntry[] {
  const { tl } = ctx;
  const story = UNREGISTERED_STORY.map((s) => ({
    ...s,
    startDay: tl.at(s.start),
    endDay: 'end' in s && s.end ? tl.at(s.end) : OPEN_DAY,
  })).filter((s) => s.startDay <= tl.today);
  const entries: (PlacementRegisterEntry & { startDay: number })[] = [];
  for (const child of ctx.children) {
    if (child.shortBreaksOnly) continue;
    const named = story.filter((s) => s.childId === child.id);
    for (const p of child.placements) {
      if (p.end <= tl.start || p.start > tl.today) continue;
      // Cut out the stretch a named story covers; keep what is left before and after it.
      let pieces = [{ start: p.start, end: p.end }];
      for (const s of named) {
        pieces = pieces.flatMap((piece) => {
          if (piece.end <= s.startDay || piece.start >= s.endDay) return [piece];
          const out = [];
          if (piece.start < s.startDay) out.push({ start: piece.start, end: s.startDay });
          if (piece.end > s.endDay) out.push({ start: s.endDay, end: piece.end });
          return out;
        });
      }
      for (const piece of pieces) {
        entries.push({
          placementId: '',
          childId: child.id,
          provider: providerName(p.place, p.provider),
          ...(p.urn ? { urn: p.urn } : {}),
          placementType: p.place,
          start: iso(piece.start),
          ...(piece.end < OPEN_DAY && piece.end <= tl.today ? { end: iso(piece.end) } : {}),
          registrationStatus: statusForPlacement(p.place),
          startDay: piece.start,
        });
      }
    }
  }
  for (const s of story) {
    entries.push({
      placementId: '',
      childId: s.childId,
      provider: s.provider,
      ...('urn' in s && s.urn ? { urn: s.urn } : {}),
      placementType: s.placementType,
      start: iso(s.startDay),
      ...(s.endDay <= tl.today ? { end: iso(s.endDay) } : {}),
      registrationStatus: s.initialStatus,
      ...('changes' in s && s.changes
        ? {
            statusChanges: s.changes
              .filter((c) => tl.at(c.date) <= tl.today)
              .map((c) => ({ date: iso(tl.at(c.date)), status: c.status })),
          }
        : {}),
      ...(s.ofstedNotified && tl.at(s.ofstedNotified) <= tl.today
        ? { ofstedNotified: iso(tl.at(s.ofstedNotified)) }
        : {}),
      ...(s.deprivationOfLiberty ? { deprivationOfLiberty: true } : {}),
      startDay: s.startDay,
    });
  }
  entries.sort((a, b) => a.startDay - b.startDay || (a.childId < b.childId ? -1 : 1));
  return entries.map(({ startDay: _, ...entry }, i) => ({
    ...entry,
    placementId: `PR${String(i + 1).padStart(5, '0')}`,
  }));
}
