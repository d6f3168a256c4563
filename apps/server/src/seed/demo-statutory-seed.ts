/**
 * The demo authority's evidence: four years of SSDA903 returns and CIN censuses (the last an in-year extract to
 * the demo's today) uploaded, validated and stored through the import service exactly as an analyst would, then
 * the local records (visits, supervision, audits, workforce, missing, 16/17 homelessness …) generated for the
 * children those returns hold.
 */
import type { IsoDate } from '@waypoint/calendar';
import { generateCensusHistory } from '@waypoint/cin-census';
import { type ChildStory, generateHistory, type HistoryYear } from '@waypoint/ssda903';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { LOCAL_RECORD_LAYOUTS } from '../modules/local-records/layouts.ts';
import { storageOf } from '../modules/local-records/local-records.service.ts';
import * as dataRepo from '../modules/measures/measure-data.repository.ts';
import { assembleMeasureData, cinMeasureData, ssda903MeasureData } from '../modules/measures/measure-data.ts';
import type { ImportFile } from '../modules/statutory-imports/dataset.ts';
import * as imports from '../modules/statutory-imports/imports.service.ts';
import { validateDataset } from '../modules/statutory-imports/validate-dataset.ts';
import type { UserActor } from '../platform/actor.ts';
import type { AppDeps } from '../platform/deps.ts';
import {
  namedChildInNeedStories,
  namedLookedAfterStories,
  type SettingLookup,
  shiftStoryDates,
} from './demo-statutory-stories.ts';
import {
  demoTeamsForMeasures,
  generateAllocations,
  generateAssessmentDetails,
  generateLocalRecords,
  populationFromMeasureData,
} from './local-records/index.ts';

/** How much statutory data the demo generates, and from which seed. */
export interface StatutorySizes {
  /** Children in the latest full year's SSDA903 return (looked after in the year, and care leavers). */
  readonly ssda903Children: number;
  /** Generated children in each CIN census history. */
  readonly cinChildren: number;
  /** Collection years before the one containing today. */
  readonly earlierYears: number;
  readonly seed: number;
  /** Deliberate data-quality slips, so the validation reports have something to show. */
  readonly errorRate: number;
}

/** Sizes and seeds of the demo's statutory data (a unitary authority of about 44,600 children). */
export const DEMO_STATUTORY: StatutorySizes = {
  ssda903Children: 460,
  cinChildren: 2500,
  earlierYears: 3,
  seed: 2026,
  errorRate: 0.01,
};

/** The collection end year containing a date (2027 for 2026/27, which runs from 1 April 2026). */
export function collectionEndYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '04-01' ? year + 1 : year;
}

const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
const yearLabel = (year: number) => `${year - 1}/${String(year % 100).padStart(2, '0')}`;

/** Postcodes, URNs and a worker from the generated children, so the named children live in known places. */
function settingsFrom(stories: readonly ChildStory[]): {
  lookup: SettingLookup;
  homePost: string;
  socialWorker: string;
} {
  const episodes = stories.flatMap((s) => s.episodes);
  const lookup: SettingLookup = (place, provider, withUrn) => {
    const match =
      episodes.find((e) => e.place === place && e.provider === provider && (e.urn !== '') === withUrn) ??
      episodes.find((e) => e.place === place && (e.urn !== '') === withUrn) ??
      episodes.find((e) => e.place === place);
    if (!match) throw new Error(`Demo seed: the generated return has no placement of type ${place} to borrow from.`);
    return { plPost: match.plPost, urn: match.urn };
  };
  const home = episodes.find((e) => e.homePost.startsWith('KF'));
  const worker = stories.flatMap((s) => s.socialWorkers ?? []).find((w) => w.id.startsWith('SW'));
  if (!home || !worker) throw new Error('Demo seed: the generated return has no Kellingford child to borrow from.');
  return { lookup, homePost: home.homePost, socialWorker: worker.id };
}

/** Uploads, validates and stores one return as the analyst; a refusal stops the seed with its reasons. */
async function importReturn(
  deps: AppDeps,
  analyst: UserActor,
  dataset: imports.Dataset,
  year: number,
  files: ImportFile[],
): Promise<{ errors: number; queries: number }> {
  const started = await imports.startImport(deps, analyst, { dataset, year, files }, (request, onProgress) =>
    validateDataset(request, onProgress),
  );
  await started.wait;
  const result = await imports.getImport(deps, analyst, started.id);
  if (result.status !== 'validated') {
    const problems = result.blockingProblems.map((p) => `${p.file ?? ''} ${p.line ?? ''} ${p.message}`).join('; ');
    throw new Error(`Demo seed: the ${dataset} ${yearLabel(year)} return was refused: ${result.message} ${problems}`);
  }
  const stored = await imports.storeImport(deps, analyst, started.id);
  return { errors: stored.errorCount, queries: stored.queryCount };
}

/**
 * Generates and imports the demo's SSDA903 returns and CIN censuses for the collection years up to the one
 * containing `today` (that one an in-year extract), with the named children of the story moved by `offsetDays`.
 */
export async function seedDemoStatutoryReturns(
  deps: AppDeps,
  analyst: UserActor,
  authority: { code: string; laNumber: string; shortName: string },
  { today, offsetDays }: { today: IsoDate; offsetDays: number },
  log: (message: string) => void,
  sizes: StatutorySizes = DEMO_STATUTORY,
): Promise<void> {
  const toYear = collectionEndYear(today);
  const fromYear = toYear - sizes.earlierYears;
  const base = {
    children: sizes.ssda903Children,
    seed: sizes.seed,
    laCode: authority.code,
    laNumber: authority.laNumber,
    postcodeArea: 'KF',
    laName: authority.shortName,
    errorRate: sizes.errorRate,
    fromYear,
    toYear,
    asOf: today,
  };

  log(`Generating CIN censuses ${yearLabel(fromYear)} to ${yearLabel(toYear)}…`);
  const censuses = generateCensusHistory({
    children: sizes.cinChildren,
    seed: sizes.seed,
    laNumber: authority.laNumber,
    errorRate: sizes.errorRate,
    fromYear,
    toYear,
    asOf: today,
    extraChildren: shiftStoryDates(namedChildInNeedStories(), offsetDays),
  });
  for (const census of censuses) {
    const result = await importReturn(deps, analyst, 'cin', census.year, [
      { role: 'current', ...text(`cin-census-${census.year}.xml`, census.xml) },
    ]);
    log(
      `  CIN census ${yearLabel(census.year)} stored (${result.errors} errors, ${result.queries} queries to review).`,
    );
  }

  log(`Generating SSDA903 returns ${yearLabel(fromYear)} to ${yearLabel(toYear)}…`);
  // The generated children do not depend on the named ones, so a first run tells us where they can live.
  const template = await generateHistory({ ...base, providerLists: false });
  const { lookup, homePost, socialWorker } = settingsFrom(template.stories);
  const history = await generateHistory({
    ...base,
    extraChildren: shiftStoryDates(namedLookedAfterStories(lookup, homePost, socialWorker), offsetDays),
  });
  const reference: ImportFile[] = [
    { role: 'postcodes', ...history.postcodes },
    { role: 'authorities', ...history.authorities },
    ...(history.providers ?? []).map((f) => ({ role: 'providers' as const, ...f })),
  ];
  let previous: HistoryYear | undefined;
  for (const year of history.years) {
    const files: ImportFile[] = [
      ...year.files.map((f) => ({ role: 'current' as const, ...f })),
      ...(previous?.files ?? []).map((f) => ({ role: 'previous' as const, ...f })),
      ...reference,
    ];
    const result = await importReturn(deps, analyst, 'ssda903', year.year, files);
    log(
      `  SSDA903 ${yearLabel(year.year)}${year.partial ? ' (in-year extract)' : ''} stored (${result.errors} errors, ${result.queries} queries to review).`,
    );
    previous = year;
  }
}

/**
 * Generates the local records for the children the stored returns hold and stores them (replacing any earlier
 * demo records), in one transaction.
 */
export async function seedDemoLocalRecords(
  deps: AppDeps,
  analyst: UserActor,
  today: IsoDate,
  log: (message: string) => void,
  seed: number = DEMO_STATUTORY.seed,
): Promise<void> {
  const { authorityId } = analyst;
  log('Generating local records: visits, supervision, audits, workforce, missing, homelessness, fostering, court…');
  const ssda903 = ssda903MeasureData(await dataRepo.loadSsda903(deps.db, authorityId));
  const cin = cinMeasureData(await dataRepo.loadCin(deps.db, authorityId));
  const year = Number(today.slice(0, 4));
  const population = populationFromMeasureData(
    assembleMeasureData(ssda903, cin, {}, null, { from: year - 12, to: year + 2 }),
  );
  const options = { today, seed };
  const records: Partial<Record<dataRepo.LocalRecordType, readonly object[]>> = {
    ...generateLocalRecords(population, options),
    assessmentDetails: generateAssessmentDetails(population, options),
    allocations: generateAllocations(population, options),
    teams: demoTeamsForMeasures(),
  };
  const counts = Object.fromEntries(Object.entries(records).map(([type, list]) => [type, list?.length ?? 0]));
  await deps.db.transaction().execute(async (trx) => {
    await recordAudit(trx, deps.clock, analyst, {
      action: 'local-records.replace',
      entityType: 'local-records',
      entityId: authorityId,
      summary: 'Loaded the demo authority’s local records (generated for the children in its statutory returns)',
      after: counts,
    });
    for (const [type, list] of Object.entries(records) as Array<[dataRepo.LocalRecordType, readonly object[]]>) {
      await dataRepo.replaceLocalRecords(
        trx,
        authorityId,
        type,
        list.map((r, i) => storageOf(LOCAL_RECORD_LAYOUTS[type], r as Record<string, unknown>, i)),
      );
    }
  });
  const total = Object.values(counts).reduce((n, c) => n + c, 0);
  log(`  ${total.toLocaleString('en-GB')} local records stored.`);
}
