import { day, yearEnd, yearStart } from './days.ts';
import type { Area, Geography, Postcode } from './geography.ts';
import type { ProviderUniverse } from './providers.ts';
import type { Random } from './random.ts';

/** Everything the simulation of one child needs to know about the return being generated. */
export interface SimContext {
  /** Collection end year of this year's return (2026 = 2025/26). */
  year: number;
  /** 1 April of last year's collection year: the first day either return covers. */
  windowStart: number;
  /** 31 March of this year's collection year: the simulation stops here. */
  end: number;
  /** 1 April and 31 March of last year's and this year's collection years. */
  years: ReadonlyArray<{ year: number; start: number; end: number }>;
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

/** The context for a return whose collection ends in `year`. */
export function simContext(
  year: number,
  geo: Geography,
  providers: ProviderUniverse,
  laNumber: string,
  workers: readonly string[],
): SimContext {
  const years = [year - 1, year].map((y) => ({ year: y, start: yearStart(y), end: yearEnd(y) }));
  return { year, windowStart: years[0]!.start, end: years[1]!.end, years, geo, providers, laNumber, workers };
}

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
