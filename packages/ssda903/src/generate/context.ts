import { day, yearEnd, yearStart } from './days.ts';
import type { Area, Geography, Postcode } from './geography.ts';
import type { ProviderUniverse } from './providers.ts';
import type { Random } from './random.ts';

/** One collection year as day numbers: 1 April to 31 March. */
export interface SimYear {
  /** Collection end year (2026 = 2025/26). */
  year: number;
  start: number;
  end: number;
}

/** Everything the simulation of one child needs to know about the returns being generated. */
export interface SimContext {
  /** 1 April of the first collection year: the first day any return covers. */
  windowStart: number;
  /**
   * The last day anything happens: 31 March of the last collection year, or the "as at" day of an in-year
   * extract. Whatever is still going on then is left open.
   */
  end: number;
  /** Every collection year generated, in order (the last may end after `end`). */
  years: readonly SimYear[];
  geo: Geography;
  providers: ProviderUniverse;
  /** Three-digit authority number (UPN characters 2–4). */
  laNumber: string;
  /** Social worker ids to allocate from. */
  workers: readonly string[];
}

/** Day the supported-accommodation regime began (K3 valid): 28 October 2023. */
export const K3_FROM = day('2023-10-28');
/** Last day an H5 or P2 placement may still run (rules 230 and 217t of 2023/24): 28 October 2023. */
export const H5_P2_UNTIL = day('2023-10-28');
/** First day Z11–Z14 placements exist: 1 April 2025. */
export const Z_CODES_FROM = day('2025-04-01');

/** The collection years `fromYear` to `toYear` (end years) as day numbers. */
export function simYears(fromYear: number, toYear: number): SimYear[] {
  const out: SimYear[] = [];
  for (let y = fromYear; y <= toYear; y++) out.push({ year: y, start: yearStart(y), end: yearEnd(y) });
  return out;
}

/** The context for returns covering `years`, with nothing happening after `end`. */
export function simContext(
  years: readonly SimYear[],
  end: number,
  geo: Geography,
  providers: ProviderUniverse,
  laNumber: string,
  workers: readonly string[],
): SimContext {
  return { windowStart: years[0]!.start, end, years, geo, providers, laNumber, workers };
}

/** True when the simulation reaches some day of a collection year from 2026/27 on (the DoLo table exists). */
export const hasDeprivationOfLibertyYears = (ctx: SimContext): boolean => ctx.years.some((y) => y.year >= 2027);

/** A postcode in the area, different from `not` (when the area has more than one). */
export function postcodeIn(area: Area, rng: Random, not?: string): Postcode {
  for (;;) {
    const p = rng.pick(area.postcodes);
    if (p.pcd !== not || area.postcodes.length === 1) return p;
  }
}

/** Home area with probability `home`, else a neighbour (or, with `far`, the distant area). */
export function areaNear(ctx: SimContext, rng: Random, home: number, far = 0): Area {
  const x = rng.next();
  if (x < home) return ctx.geo.home;
  if (x < home + far) return ctx.geo.far[0]!;
  return rng.pick(ctx.geo.neighbours);
}
