/**
 * `prepare(data)` wraps the records with indexes that are built on first use and then shared by every
 * computation on the same data (monthly series recompute dozens of measures for dozens of months).
 */
import { toEpochDay } from '@waypoint/calendar';
import type { MeasureData } from '../records.ts';
import { buildCinIndex, type CinIndex } from './cin-index.ts';
import { buildClaIndex, type ClaIndex, lookedAfterOn } from './cla-index.ts';
import { buildMissingIndex, type MissingIndex } from './missing-index.ts';

/** Records plus lazily built indexes. Create with {@link prepare}; treat the records as read-only. */
export class PreparedData {
  private claIndex?: ClaIndex;
  private cinIndex?: CinIndex;
  private missingIndex?: MissingIndex;
  private readonly memos = new Map<string, unknown>();

  constructor(readonly raw: MeasureData) {}

  /** The 903 episode index. */
  get cla(): ClaIndex {
    this.claIndex ??= buildClaIndex(this.raw);
    return this.claIndex;
  }

  /** The CIN census index. */
  get cin(): CinIndex {
    this.cinIndex ??= buildCinIndex(this.raw);
    return this.cinIndex;
  }

  /** Missing episodes from the 903 and the local log. */
  get missing(): MissingIndex {
    this.missingIndex ??= buildMissingIndex(this.raw);
    return this.missingIndex;
  }

  /** Computes a value once per prepared data set (e.g. epoch days of local records). */
  memo<T>(key: string, build: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = build();
    this.memos.set(key, value);
    return value;
  }
}

/** Wraps records for repeated computation; indexes are built on first use and reused. */
export function prepare(data: MeasureData): PreparedData {
  return new PreparedData(data);
}

/** Number of children looked after on a date (a quick check of the 903 index). */
export function lookedAfterCount(data: PreparedData, date: string): number {
  return lookedAfterOn(data.cla, toEpochDay(date)).length;
}
