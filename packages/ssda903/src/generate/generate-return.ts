import type { SourceFile } from '../read/source-file.ts';
import type { InjectedIssue } from './errors.ts';
import { checkBaseOptions, type GenerateBaseOptions, generateHistory } from './generate-history.ts';
import type { ChildStory } from './story.ts';

/** What to generate: this year's return and last year's. */
export interface GenerateOptions extends GenerateBaseOptions {
  /** Collection end year of this year's return (2026 = 2025/26); last year's return is generated too. */
  year: number;
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

/**
 * Generates a realistic SSDA903 return for `year` and last year's return for the same children, with the
 * postcode and authority reference files and (by default) the Ofsted provider lists. Deterministic for a seed.
 * With `errorRate: 0` the return is meant to pass every rule (see the README for the few expected queries).
 * A two-year {@link generateHistory}.
 */
export async function generateReturn(options: GenerateOptions): Promise<GeneratedReturn> {
  const { year, ...base } = options;
  checkBaseOptions(base);
  if (!Number.isInteger(year) || year < 2022 || year > 2040)
    throw new Error(`year must be a collection end year such as 2026 (got ${year}).`);
  const history = await generateHistory({ ...base, fromYear: year - 1, toYear: year });
  const [previous, current] = history.years;
  const result: GeneratedReturn = {
    year,
    laCode: history.laCode,
    current: current!.files,
    previous: previous!.files,
    postcodes: history.postcodes,
    authorities: history.authorities,
    stories: history.stories,
    injected: history.injected,
  };
  if (history.providers) result.providers = history.providers;
  return result;
}
