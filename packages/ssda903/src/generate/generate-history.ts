import type { IsoDate } from '@waypoint/calendar';
import type { SourceFile } from '../read/source-file.ts';
import { dayOf } from '../rules/helpers.ts';
import { storyAsOf } from './as-of.ts';
import { simContext, simYears } from './context.ts';
import { iso } from './days.ts';
import { type InjectedIssue, injectErrors } from './errors.ts';
import { authoritiesCsv, buildGeography, postcodesCsv } from './geography.ts';
import { sampleChildPlan } from './plan.ts';
import { buildProviders, providerListWorkbooks } from './providers.ts';
import { EvenSequence, Random } from './random.ts';
import { renderYear, type YearRows, yearCsvFiles } from './render.ts';
import { presence, simulateChild } from './simulate.ts';
import type { ChildStory } from './story.ts';

/** What every generator call shares: the authority, the size, the seed and the extras. */
export interface GenerateBaseOptions {
  /**
   * Children in the latest full year's return (Header rows: children looked after in the year and care
   * leavers); the other years get what the same steady flow into care gives them.
   */
  children: number;
  /** Same seed, same returns. */
  seed: number;
  /** Upper-tier GSS code of the returning authority, e.g. E06009901. */
  laCode: string;
  /** Three-digit authority number used in UPNs (default 990, the demo's). */
  laNumber?: string;
  /** Postcode area of the authority (default KF); children's ids start with it too. */
  postcodeArea?: string;
  /** Name of the authority in the reference files and provider lists. */
  laName?: string;
  /** Share of the latest full year's children given one deliberate error (default 0.02). */
  errorRate?: number;
  /** Scripted histories appended as given (after the generated children, in every year where they apply). */
  extraChildren?: readonly ChildStory[];
  /** Also write the Ofsted provider list workbooks (default true). */
  providerLists?: boolean;
}

/** What to generate: returns for the collection years `fromYear` to `toYear`, as at `asOf`. */
export interface GenerateHistoryOptions extends GenerateBaseOptions {
  /** First collection end year (2024 = 2023/24). */
  fromYear: number;
  /** Last collection end year; its return is an in-year extract when `asOf` falls inside it. */
  toYear: number;
  /**
   * The demo's "today": nothing happens after it, and whatever is still going on is open. Must fall on or after
   * 1 April of `toYear`'s collection year; default 31 March of `toYear` (every year complete).
   */
  asOf?: IsoDate;
}

/** One collection year's return. */
export interface HistoryYear {
  /** Collection end year (2026 = 2025/26). */
  year: number;
  /** The CSV files (one per table). */
  files: SourceFile[];
  /** True for an in-year extract: the year ends after `asOf`. */
  partial: boolean;
}

/** Returns for several collection years told from one set of children's histories. */
export interface GeneratedHistory {
  laCode: string;
  /** The last day anything happens (`asOf`, or 31 March of the last year). */
  asOf: IsoDate;
  /** Each collection year from `fromYear` to `toYear`, in order. */
  years: HistoryYear[];
  /** ONS postcode extract: pcd, oseast1m, osnrth1m, laua. */
  postcodes: SourceFile;
  /** ONS authorities: LTLA21CD, LTLA21NM, UTLA21CD, UTLA21NM. */
  authorities: SourceFile;
  /** The children's homes list and the social care providers list (xlsx), as published for the last year. */
  providers?: SourceFile[];
  /** Every child's history (generated, then the extra children as at `asOf`). */
  stories: ChildStory[];
  /** The collection year whose return carries the deliberate errors (the latest full year). */
  injectedYear: number;
  /** The deliberate errors in `injectedYear`'s return. */
  injected: InjectedIssue[];
}

const text = (name: string, body: string): SourceFile => ({ name, bytes: new TextEncoder().encode(body) });

/** The longest history generated at once, in collection years. */
const MAX_YEARS = 12;

function socialWorkerIds(rng: Random, children: number): string[] {
  const ids = new Set<string>();
  const count = Math.max(20, Math.ceil(children / 12));
  while (ids.size < count) {
    const digits = String(rng.int(0, 9999999999)).padStart(10, '0');
    ids.add(`${rng.chance(0.03) ? 'XX' : 'SW'}${digits}`);
  }
  return [...ids];
}

function checkYear(name: string, year: number): void {
  if (!Number.isInteger(year) || year < 2021 || year > 2040)
    throw new Error(`${name} must be a collection end year such as 2026 (got ${year}).`);
}

/** Checks the options shared with `generateReturn`; returns the error rate. */
export function checkBaseOptions(options: GenerateBaseOptions): number {
  const { children, laCode } = options;
  if (!Number.isInteger(children) || children < 1)
    throw new Error(`children must be a whole number of at least 1 (got ${children}).`);
  if (!/^[ENSW]\d{8}$/.test(laCode)) throw new Error(`laCode must be a GSS code such as E06009901 (got "${laCode}").`);
  const errorRate = options.errorRate ?? 0.02;
  if (!(errorRate >= 0 && errorRate <= 1)) throw new Error(`errorRate must be between 0 and 1 (got ${errorRate}).`);
  return errorRate;
}

/** The last day of the simulation: `asOf` (checked against the years) or 31 March of `toYear`. */
function lastDay(options: GenerateHistoryOptions): number {
  const { fromYear, toYear, asOf } = options;
  checkYear('fromYear', fromYear);
  checkYear('toYear', toYear);
  if (toYear < fromYear) throw new Error(`toYear (${toYear}) must not be before fromYear (${fromYear}).`);
  if (toYear - fromYear >= MAX_YEARS)
    throw new Error(`A history covers at most ${MAX_YEARS} collection years (got ${fromYear} to ${toYear}).`);
  const yearEnd = dayOf(`${toYear}-03-31`)!;
  if (asOf === undefined) return yearEnd;
  const asOfDay = dayOf(asOf);
  if (asOfDay === null) throw new Error(`asOf must be an ISO date such as 2026-07-15 (got "${asOf}").`);
  if (asOf < `${toYear - 1}-04-01`) {
    throw new Error(
      `asOf ${asOf} is before collection year ${toYear - 1}/${String(toYear % 100).padStart(2, '0')} starts: ` +
        `set toYear to the collection year that contains asOf.`,
    );
  }
  return Math.min(asOfDay, yearEnd);
}

/**
 * Generates SSDA903 returns for the collection years `fromYear` to `toYear` from one simulation: every child has
 * one history, and each year's return is that history projected onto the year, so a child still in care appears
 * the same way in consecutive returns. With `asOf` nothing happens after that day: the year containing it is an
 * in-year extract (`partial`) and whatever is still going on is open. Deterministic for a seed.
 */
export async function generateHistory(options: GenerateHistoryOptions): Promise<GeneratedHistory> {
  const errorRate = checkBaseOptions(options);
  const end = lastDay(options);
  const { children, seed, laCode, fromYear, toYear } = options;
  const years = simYears(fromYear, toYear);
  const partialYear = end < years[years.length - 1]!.end ? toYear : null;
  // The year `children` counts and that carries the errors: the latest full year (the only year if none is full).
  const latestFull = partialYear !== null && toYear > fromYear ? toYear - 1 : toYear;

  const rng = new Random(seed);
  const geo = buildGeography(
    { laCode, laName: options.laName, postcodeArea: options.postcodeArea, children },
    rng.fork(),
  );
  const providers = buildProviders(geo, children, { start: years[0]!.start, end }, rng.fork());
  const ctx = simContext(years, end, geo, providers, options.laNumber ?? '990', socialWorkerIds(rng.fork(), children));

  const asOf = iso(end);
  const extras = (options.extraChildren ?? []).map((s) => (options.asOf === undefined ? s : storyAsOf(s, asOf)));
  const taken = new Set(extras.map((s) => s.child));
  const prefix = geo.home.authority.area;
  let nextId = 100000;
  const newId = () => {
    for (;;) {
      const id = `${prefix}${String(nextId).padStart(6, '0')}`;
      nextId += 3;
      if (!taken.has(id)) return id;
    }
  };
  const stories: ChildStory[] = [];
  const planRng = rng.fork();
  let counted = 0;
  let index = 0;
  // Care starts, with the kind of child, age at entry and pathway, follow an evenly spread sequence: even arrivals
  // keep the yearly volumes level.
  const arrivals = new EvenSequence(3, planRng);
  while (counted < children) {
    const plan = sampleChildPlan(ctx, planRng, arrivals.next());
    const where = presence(ctx, plan);
    if (where.length === 0) continue;
    stories.push(simulateChild(ctx, planRng.fork(), plan, newId(), index++));
    if (where.includes(latestFull)) counted++;
  }
  stories.push(...extras);

  const rows = new Map<number, YearRows>(years.map((y) => [y.year, renderYear(stories, y.year)]));
  const extraIds = new Set(extras.map((s) => s.child));
  const target = rows.get(latestFull)!;
  const headerIds = (r: YearRows | undefined) => new Set((r?.Header ?? []).map((h) => h[0]!));
  const generatedCount = [...headerIds(target)].filter((id) => !extraIds.has(id)).length;
  const injected = injectErrors(
    target,
    latestFull,
    Math.round(errorRate * generatedCount),
    headerIds(rows.get(latestFull - 1)),
    rng.fork(),
  );
  const result: GeneratedHistory = {
    laCode,
    asOf,
    years: years.map((y) => ({
      year: y.year,
      files: yearCsvFiles(rows.get(y.year)!),
      partial: y.year === partialYear,
    })),
    postcodes: text('postcodes.csv', postcodesCsv(geo)),
    authorities: text('authorities.csv', authoritiesCsv(geo)),
    stories,
    injectedYear: latestFull,
    injected,
  };
  if (options.providerLists !== false) result.providers = await providerListWorkbooks(providers, toYear);
  return result;
}
