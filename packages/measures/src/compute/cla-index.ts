/**
 * Per-child index of the 903 episode history, built once per `prepare()` and reused by every CLA
 * measure: episodes as epoch days, periods of care, placement spells and "looked after at" lookups.
 */
import type { ClaEpisode, MeasureData } from '../records.ts';
import { civilFromDays, dayOf, endDayOf, OPEN } from './dates.ts';

/** An episode with epoch-day dates and derived flags. */
export interface PEpisode {
  start: number;
  /** Epoch day of DEC, or {@link OPEN}. */
  end: number;
  rne: string;
  ls: string;
  place: string;
  provider: string;
  rec: string;
  /** LS V3/V4: short breaks, excluded from looked-after counts. */
  shortBreak: boolean;
  /** T0–T4. */
  temporary: boolean;
  /** Start of the period of care the episode belongs to. */
  periodStart: number;
  raw: ClaEpisode;
}

/** A placement: from an episode that starts a placement to the end of the last episode before the next one. */
export interface Spell {
  start: number;
  end: number;
  /** The episode that started the placement. */
  first: PEpisode;
}

/** A child's indexed history. */
export interface PChild {
  id: string;
  /** Epoch day of birth, or null when the child has no Header row. */
  dob: number | null;
  dobIso?: string;
  uasc: boolean;
  team?: string;
  episodes: PEpisode[];
  /** Placements counting temporary placements as placements. */
  spells: Spell[];
  /** Placements treating a temporary placement and the return from it as the same placement. */
  spellsExclTemporary: Spell[];
  /** Start days of episodes that began with a new carer (RNE P or B), ignoring temporary moves and returns. */
  newCarerStarts: number[];
}

/** The 903 index. */
export interface ClaIndex {
  children: PChild[];
  byId: Map<string, PChild>;
  /** Memo of {@link lookedAfterOn} results by epoch day. */
  cohortCache: Map<number, PChild[]>;
}

const PLACEMENT_STARTS = new Set(['S', 'P', 'T', 'B', 'U']);
const NEW_CARER = new Set(['P', 'B']);

/** True for temporary placement codes T0–T4. */
export function isTemporaryPlacement(place: string): boolean {
  return place.length === 2 && place[0] === 'T' && place[1]! >= '0' && place[1]! <= '4';
}

/** Builds the 903 index from episodes and Header rows. */
export function buildClaIndex(data: MeasureData): ClaIndex {
  const episodes = data.claEpisodes ?? [];
  const childRows = data.claChildren ?? [];
  const byId = new Map<string, PChild>();
  childRows.forEach((c, i) => {
    byId.set(c.childId, {
      id: c.childId,
      dob: dayOf(c.dateOfBirth, () => `claChildren[${i}].dateOfBirth`),
      dobIso: c.dateOfBirth,
      uasc: c.uasc,
      team: c.team,
      episodes: [],
      spells: [],
      spellsExclTemporary: [],
      newCarerStarts: [],
    });
  });
  episodes.forEach((e, i) => {
    let child = byId.get(e.childId);
    if (!child) {
      child = {
        id: e.childId,
        dob: null,
        uasc: false,
        episodes: [],
        spells: [],
        spellsExclTemporary: [],
        newCarerStarts: [],
      };
      byId.set(e.childId, child);
    }
    const start = dayOf(e.start, () => `claEpisodes[${i}].start`);
    const end = endDayOf(e.end, () => `claEpisodes[${i}].end`);
    child.episodes.push({
      start,
      end,
      rne: e.reasonNewEpisode,
      ls: e.legalStatus,
      place: e.placement,
      provider: e.placementProvider ?? '',
      rec: e.reasonEnded ?? '',
      shortBreak: e.legalStatus === 'V3' || e.legalStatus === 'V4',
      temporary: isTemporaryPlacement(e.placement),
      periodStart: start,
      raw: e,
    });
  });
  const children: PChild[] = [];
  for (const child of byId.values()) {
    if (child.episodes.length === 0) continue;
    child.episodes.sort((a, b) => a.start - b.start || a.end - b.end);
    derive(child);
    children.push(child);
  }
  return { children, byId, cohortCache: new Map() };
}

function derive(child: PChild): void {
  let prev: PEpisode | undefined;
  let spell: Spell | undefined;
  let spellExcl: Spell | undefined;
  for (const ep of child.episodes) {
    const contiguous = prev !== undefined && prev.end === ep.start && ep.rne !== 'S';
    ep.periodStart = contiguous ? prev!.periodStart : ep.start;
    // Placement spells (temporary placements count).
    if (!contiguous || PLACEMENT_STARTS.has(ep.rne) || !spell) {
      spell = { start: ep.start, end: ep.end, first: ep };
      child.spells.push(spell);
    } else spell.end = ep.end;
    // Spells that fold a temporary placement, and the return from it, into the placement around it.
    const returning = contiguous && prev!.temporary;
    if (!contiguous || !spellExcl || (PLACEMENT_STARTS.has(ep.rne) && !ep.temporary && !returning)) {
      spellExcl = { start: ep.start, end: ep.end, first: ep };
      child.spellsExclTemporary.push(spellExcl);
    } else spellExcl.end = ep.end;
    if (NEW_CARER.has(ep.rne) && !ep.temporary && !returning) child.newCarerStarts.push(ep.start);
    prev = ep;
  }
}

/** The episode open on a day (DECOM ≤ day < DEC), or undefined. */
export function episodeOn(child: PChild, day: number): PEpisode | undefined {
  const eps = child.episodes;
  let lo = 0;
  let hi = eps.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (eps[mid]!.start <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i >= found - 1; i--) {
    const ep = eps[i]!;
    if (ep.start <= day && day < ep.end) return ep;
  }
  return undefined;
}

/**
 * Children looked after on a day: an episode with DECOM ≤ day and DEC blank or after the day, LS not
 * V3/V4 (Waypoint decision: a child leaving on 31 March is not looked after on 31 March).
 */
export function lookedAfterOn(index: ClaIndex, day: number): PChild[] {
  const cached = index.cohortCache.get(day);
  if (cached) return cached;
  const out: PChild[] = [];
  for (const child of index.children) {
    const ep = episodeOn(child, day);
    if (ep && !ep.shortBreak) out.push(child);
  }
  index.cohortCache.set(day, out);
  return out;
}

/** Number of placements overlapping [start, end] (a placement that ended on `start` does not count). */
export function placementsDuring(child: PChild, start: number, end: number, countTemporary: boolean): number {
  const spells = countTemporary ? child.spells : child.spellsExclTemporary;
  let n = 0;
  for (const s of spells) {
    if (s.start > end) break;
    if (s.end > start) n++;
  }
  return n;
}

/** Age in whole years on an epoch day, or null when the date of birth is unknown. */
export function ageOnDay(child: PChild, day: number): number | null {
  if (child.dob === null) return null;
  const [by, bm, bd] = civilFromDays(child.dob);
  const [y, m, d] = civilFromDays(day);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export { OPEN };
