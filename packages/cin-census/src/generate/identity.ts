import { addDays, addMonths, type IsoDate } from '@waypoint/calendar';
import { SCHOOL_AGE_UPN_UNKNOWN } from './catalogues.ts';
import type { DisabilityPicker } from './child-story.ts';
import type { CensusChild } from './project.ts';
import { type Random, Weighted } from './random.ts';

const schoolAgeReasons = new Weighted(SCHOOL_AGE_UPN_UNKNOWN);

/**
 * What a generated child of a history is, whatever the year: the UPN they have once they have one, the reason
 * recorded while they have none, and their disabilities. Each census shows what was true at its date, so a
 * child gets a UPN as they grow up (and keeps it) and an unborn child becomes a born one.
 */
export interface ChildIdentity {
  upn: string;
  formerUpn?: string;
  /** Where the child falls in the chance of having a UPN: one from school age if below 0.965, from 2 below 0.45, from birth below 0.12. */
  upnDraw: number;
  /** UPNunknown while of school age without a UPN (UN2–UN5). */
  schoolAgeReason: string;
  /** Recorded as UN7 in a year when all the child's referrals were NFA (and no UPN). */
  nfaReason: boolean;
  disabilities: string[];
}

/** Draws a child's identity (same chances as a single census: `storyOfDraft`). */
export function drawIdentity(
  random: Random,
  upn: string,
  formerUpn: string,
  disabled: boolean,
  picker: DisabilityPicker,
): ChildIdentity {
  const identity: ChildIdentity = {
    upn,
    upnDraw: random.next(),
    schoolAgeReason: schoolAgeReasons.pick(random),
    nfaReason: random.chance(0.6),
    disabilities: disabled ? picker.pick(random) : ['NONE'],
  };
  if (random.chance(0.006)) identity.formerUpn = formerUpn;
  return identity;
}

/** Born on or before this date = of school age at the census date (as rule 8770Q reads it from 2024/25). */
export function schoolAgeBornBy(referenceDate: IsoDate): IsoDate {
  return addMonths(addDays(addMonths(referenceDate, 4), 31), -48);
}

/**
 * Sets the identifiers and disabilities a census dated `referenceDate` shows of the child (`child` as projected
 * from a story without them): a UPN once the child has one, else UN1 (under school age or unborn), a school-age
 * reason, or UN7 when every referral in the file was NFA; no disability recorded before birth.
 */
export function applyIdentity(child: CensusChild, identity: ChildIdentity, referenceDate: IsoDate): void {
  delete child.upn;
  delete child.upnUnknown;
  delete child.formerUpn;
  const birth = child.birthDate;
  if (birth === undefined) {
    child.upnUnknown = 'UN1';
    child.disabilities = ['NONE'];
    return;
  }
  child.disabilities = [...identity.disabilities];
  const schoolAge = birth <= schoolAgeBornBy(referenceDate);
  const overTwo = addMonths(birth, 24) < referenceDate;
  const chance = schoolAge ? 0.965 : overTwo ? 0.45 : 0.12;
  if (identity.upnDraw < chance) {
    child.upn = identity.upn;
    if (schoolAge && identity.formerUpn !== undefined) child.formerUpn = identity.formerUpn;
    return;
  }
  const nfaOnly = child.episodes.every((e) => e.nfa);
  child.upnUnknown = nfaOnly && identity.nfaReason ? 'UN7' : schoolAge ? identity.schoolAgeReason : 'UN1';
}
