/**
 * Missing and away episodes from the 903 Missing table and the local missing log, on one time line.
 */
import type { MeasureData } from '../records.ts';
import { dayOf, endDayOf, minutesOf, OPEN } from './dates.ts';

/** A missing or away episode. */
export interface PMissing {
  childId: string;
  type: 'M' | 'A';
  start: number;
  end: number;
  source: '903' | 'local';
  /** Looked after at the time (903 rows always; local rows when flagged). */
  lookedAfter: boolean;
  /** Local log only: minutes of return and RHI milestones. */
  endMinutes?: number;
  rhiOffered?: boolean;
  rhiAccepted?: boolean;
  rhiCompletedMinutes?: number;
  episodeId?: string;
}

/** Both sources, each sorted by start day. */
export interface MissingIndex {
  fromReturn: PMissing[];
  fromLog: PMissing[];
  /** 903 rows plus local rows not already in the 903 (same child, type and start day). */
  combined: PMissing[];
}

/** Builds the missing index. */
export function buildMissingIndex(data: MeasureData): MissingIndex {
  const fromReturn: PMissing[] = (data.claMissing ?? []).map((m, i) => ({
    childId: m.childId,
    type: m.type,
    start: dayOf(m.start, () => `claMissing[${i}].start`),
    end: endDayOf(m.end, () => `claMissing[${i}].end`),
    source: '903',
    lookedAfter: true,
  }));
  const fromLog: PMissing[] = (data.missingEpisodes ?? []).map((m, i) => {
    const startMinutes = minutesOf(m.start, () => `missingEpisodes[${i}].start`);
    const endMinutes = m.end ? minutesOf(m.end, () => `missingEpisodes[${i}].end`) : undefined;
    return {
      childId: m.childId,
      type: m.type,
      start: Math.floor(startMinutes / 1440),
      end: endMinutes === undefined ? OPEN : Math.floor(endMinutes / 1440),
      source: 'local',
      lookedAfter: m.lookedAfter === true,
      endMinutes,
      rhiOffered: m.rhiOffered ?? m.rhiOfferedAt !== undefined,
      rhiAccepted: m.rhiAccepted,
      rhiCompletedMinutes: m.rhiCompletedAt
        ? minutesOf(m.rhiCompletedAt, () => `missingEpisodes[${i}].rhiCompletedAt`)
        : undefined,
      episodeId: m.episodeId,
    };
  });
  const byStart = (a: PMissing, b: PMissing) => a.start - b.start;
  fromReturn.sort(byStart);
  fromLog.sort(byStart);
  const keys = new Set(fromReturn.map((m) => `${m.childId}|${m.type}|${m.start}`));
  const combined = [...fromReturn, ...fromLog.filter((m) => !keys.has(`${m.childId}|${m.type}|${m.start}`))];
  combined.sort(byStart);
  return { fromReturn, fromLog, combined };
}

/** Index of the first element whose start ≥ day in a list sorted by start. */
export function firstStartingOnOrAfter(list: { start: number }[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
