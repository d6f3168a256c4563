import type { SourceFile } from '../read/source-file.ts';
import { simContext } from './context.ts';
import { day } from './days.ts';
import { type InjectedIssue, injectErrors } from './errors.ts';
import { authoritiesCsv, buildGeography, postcodesCsv } from './geography.ts';
import { sampleChildPlan } from './plan.ts';
import { buildProviders, providerListWorkbooks } from './providers.ts';
import { Random } from './random.ts';
import { renderYear, yearCsvFiles } from './render.ts';
import { presence, simulateChild } from './simulate.ts';
import type { ChildStory } from './story.ts';

/** What to generate. */
export interface GenerateOptions {
  /** Children in this year's return (Header rows: children looked after in the year and care leavers). */
  children: number;
  /** Collection end year of this year's return (2026 = 2025/26); last year's return is generated too. */
  year: number;
  /** Same seed, same return. */
  seed: number;
  /** Upper-tier GSS code of the returning authority, e.g. E06009901. */
  laCode: string;
  /** Three-digit authority number used in UPNs (default 990, the demo's). */
  laNumber?: string;
  /** Postcode area of the authority (default KF); children's ids start with it too. */
  postcodeArea?: string;
  /** Name of the authority in the reference files and provider lists. */
  laName?: string;
  /** Share of this year's children given one deliberate error (default 0.02). */
  errorRate?: number;
  /** Scripted histories appended as given (after the generated children, in both years where they apply). */
  extraChildren?: readonly ChildStory[];
  /** Also write the Ofsted provider list workbooks (default true). */
  providerLists?: boolean;
}

/** A generated return: both years' CSV files, the reference files, and what went into them. */
export interface GeneratedReturn {
  year: number;
  laCode: string;
  /** This year's CSV files (one per table). */
  current: SourceFile[];
  /** Last year's CSV files. */
  previous: SourceFile[];
  /** ONS postcode extract: pcd, oseast1m, osnrth1m, laua. */
  postcodes: SourceFile;
  /** ONS authorities: LTLA21CD, LTLA21NM, UTLA21CD, UTLA21NM. */
  authorities: SourceFile;
  /** The children's homes list and the social care providers list (xlsx). */
  providers?: SourceFile[];
  /** Every child's history (generated, then the extra children). */
  stories: ChildStory[];
  /** The deliberate errors in this year's return. */
  injected: InjectedIssue[];
}

const text = (name: string, body: string): SourceFile => ({ name, bytes: new TextEncoder().encode(body) });

function socialWorkerIds(rng: Random, children: number): string[] {
  const ids = new Set<string>();
  const count = Math.max(20, Math.ceil(children / 12));
  while (ids.size < count) {
    const digits = String(rng.int(0, 9999999999)).padStart(10, '0');
    ids.add(`${rng.chance(0.03) ? 'XX' : 'SW'}${digits}`);
  }
  return [...ids];
}

/**
 * Generates a realistic SSDA903 return for `year` and last year's return for the same children, with the
 * postcode and authority reference files and (by default) the Ofsted provider lists. Deterministic for a seed.
 * With `errorRate: 0` the return is meant to pass every rule (see the README for the few expected queries).
 */
export async function generateReturn(options: GenerateOptions): Promise<GeneratedReturn> {
  const { children, year, seed, laCode } = options;
  if (!Number.isInteger(children) || children < 1)
    throw new Error(`children must be a whole number of at least 1 (got ${children}).`);
  if (!Number.isInteger(year) || year < 2022 || year > 2040)
    throw new Error(`year must be a collection end year such as 2026 (got ${year}).`);
  if (!/^[ENSW]\d{8}$/.test(laCode)) throw new Error(`laCode must be a GSS code such as E06009901 (got "${laCode}").`);
  const errorRate = options.errorRate ?? 0.02;
  if (!(errorRate >= 0 && errorRate <= 1)) throw new Error(`errorRate must be between 0 and 1 (got ${errorRate}).`);
  const rng = new Random(seed);
  const geo = buildGeography(
    { laCode, laName: options.laName, postcodeArea: options.postcodeArea, children },
    rng.fork(),
  );
  const window = { start: day(`${year - 2}-04-01`), end: day(`${year}-03-31`) };
  const providers = buildProviders(geo, children, window, rng.fork());
  const ctx = simContext(year, geo, providers, options.laNumber ?? '990', socialWorkerIds(rng.fork(), children));

  const extras = options.extraChildren ?? [];
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
  let inCurrent = 0;
  let index = 0;
  while (inCurrent < children) {
    const plan = sampleChildPlan(ctx, planRng);
    const where = presence(ctx, plan);
    if (!where.current && !where.previous) continue;
    const story = simulateChild(ctx, planRng.fork(), plan, newId(), index++);
    stories.push(story);
    if (where.current) inCurrent++;
  }
  stories.push(...extras);

  const previousRows = renderYear(stories, year - 1);
  const currentRows = renderYear(stories, year);
  const previousChildren = new Set((previousRows.Header ?? []).map((r) => r[0]!));
  const generatedCount = (currentRows.Header ?? []).length - extras.length;
  const injected = injectErrors(
    currentRows,
    year,
    Math.round(errorRate * generatedCount),
    previousChildren,
    rng.fork(),
  );
  const result: GeneratedReturn = {
    year,
    laCode,
    current: yearCsvFiles(currentRows),
    previous: yearCsvFiles(previousRows),
    postcodes: text('postcodes.csv', postcodesCsv(geo)),
    authorities: text('authorities.csv', authoritiesCsv(geo)),
    stories,
    injected,
  };
  if (options.providerLists !== false) result.providers = await providerListWorkbooks(providers, year);
  return result;
}
