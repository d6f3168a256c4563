import { LOCAL_RECORD_LAYOUTS } from '../../modules/local-records/layouts.ts';
import * as localRecords from '../../modules/local-records/local-records.service.ts';
import type { ImportFile } from '../../modules/statutory-imports/dataset.ts';
import * as imports from '../../modules/statutory-imports/imports.service.ts';
import { validateDataset } from '../../modules/statutory-imports/validate-dataset.ts';
import { ValidationError } from '../../platform/errors.ts';
import { option, parseArgs, requireOption, UsageError } from '../args.ts';
import { commandLineActor } from '../command-line-actor.ts';
import { progressDone, progressLine, readPaths } from '../files.ts';
import { withDatabase } from '../with-database.ts';
import { resolveAuthority } from './user.ts';

/**
 * `import 903|cin --year Y [--authority CODE] …files`: validates and, when nothing blocks it, stores the return
 * (replacing that year), exactly as the browser upload does. Exit 0 stored with no errors, 1 stored with errors
 * to fix, 2 refused (nothing stored).
 */
export async function runImportCommand(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'local') return importLocalRecords(rest);
  const dataset = name === '903' ? 'ssda903' : name === 'cin' ? 'cin' : null;
  if (!dataset) throw new UsageError(`Unknown dataset "${name ?? ''}": use 903 or cin`);
  const args = parseArgs(rest);
  const year = Number(requireOption(args, 'year'));
  if (args.positionals.length === 0) throw new UsageError('Give the return’s files or folder');
  const files: ImportFile[] = [
    ...readPaths(args.positionals).map((f) => ({ ...f, role: 'current' as const })),
    ...readPaths(args.options.get('prev') ?? []).map((f) => ({ ...f, role: 'previous' as const })),
    ...readPaths(args.options.get('providers') ?? []).map((f) => ({ ...f, role: 'providers' as const })),
    ...readPaths(args.options.get('postcodes') ?? []).map((f) => ({ ...f, role: 'postcodes' as const })),
    ...readPaths(args.options.get('authorities') ?? []).map((f) => ({ ...f, role: 'authorities' as const })),
  ];
  return withDatabase(async (deps) => {
    const authority = await resolveAuthority(deps, option(args, 'authority'));
    const actor = commandLineActor(authority.id, 'analyst');
    const started = await imports.startImport(deps, actor, { dataset, year, files }, (request, onProgress) =>
      validateDataset(request, (p) => {
        progressLine(p.stage, p.done, p.total);
        onProgress(p);
      }),
    );
    await started.wait;
    progressDone();
    const result = await imports.getImport(deps, actor, started.id);
    if (result.status !== 'validated') {
      console.error(`Not stored: ${result.message}`);
      for (const p of result.blockingProblems)
        console.error(`  ${[p.file, p.line && `line ${p.line}`, p.column].filter(Boolean).join(', ')}: ${p.message}`);
      return 2;
    }
    const stored = await imports.storeImport(deps, actor, started.id, (p) => progressLine(p.stage, p.done, p.total));
    progressDone();
    console.log(
      `Stored ${dataset === 'ssda903' ? 'SSDA903' : 'CIN census'} ${stored.rulePack} for ${authority.name} (import ${stored.id}): ${Object.entries(
        stored.counts,
      )
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}.`,
    );
    console.log(
      `${stored.errorCount} errors and ${stored.queryCount} queries to review: npm run waypoint -- validate ${name} --year ${year} … shows them, as does the Statutory data page.`,
    );
    return stored.errorCount > 0 ? 1 : 0;
  });
}

/**
 * `import local TYPE FILE.csv [--authority CODE]`: replaces one type of local record with a CSV file, exactly as
 * the browser upload does. Exit 0 replaced, 2 refused (each problem on stderr with its line and column; nothing
 * changed).
 */
async function importLocalRecords(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [type, file, ...extra] = args.positionals;
  if (!type || !file || extra.length > 0)
    throw new UsageError(
      `Give the record type and one CSV file: import local TYPE FILE.csv (types: ${Object.keys(LOCAL_RECORD_LAYOUTS).join(', ')})`,
    );
  if (!(type in LOCAL_RECORD_LAYOUTS))
    throw new UsageError(
      `Unknown local record type "${type}": use one of ${Object.keys(LOCAL_RECORD_LAYOUTS).join(', ')}`,
    );
  const [upload] = readPaths([file]);
  if (!upload) throw new UsageError(`${file}: no such file`);
  return withDatabase(async (deps) => {
    const authority = await resolveAuthority(deps, option(args, 'authority'));
    try {
      const result = await localRecords.replaceFromCsv(deps, commandLineActor(authority.id, 'analyst'), type, upload);
      console.log(
        `Replaced the ${result.title.toLowerCase()} of ${authority.name}: ${result.count} records from ${result.file}.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      console.error(`Not loaded: ${error.message}`);
      for (const d of error.details ?? []) console.error(`  ${d.message}`);
      return 2;
    }
  });
}
