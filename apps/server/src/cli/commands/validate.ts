import { createReadStream, statSync } from 'node:fs';
import { CinInputError, ruleCatalogue as cinCatalogue, validateCensus } from '@waypoint/cin-census';
import {
  PREVIOUS_YEAR_TABLES,
  readPostcodeReference,
  readProviderLists,
  readReturn,
  Ssda903InputError,
  ruleCatalogue as ssda903Catalogue,
  validateReturn,
} from '@waypoint/ssda903';
import { toCsv } from '../../platform/spreadsheet.ts';
import { option, parseArgs, requireOption, UsageError } from '../args.ts';
import { progressDone, progressLine, readPaths } from '../files.ts';

/** Exit codes shared by the validators: 0 no errors, 1 errors found, 2 unusable input. */
const EXIT = { clean: 0, errors: 1, unusable: 2 } as const;

function yearOption(args: ReturnType<typeof parseArgs>): number {
  const year = Number(requireOption(args, 'year'));
  if (!Number.isInteger(year))
    throw new UsageError('--year must be the year the collection ends, e.g. 2025 for 2024/25');
  return year;
}

function formatOption(args: ReturnType<typeof parseArgs>): 'text' | 'json' | 'csv' {
  const format = option(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'csv')
    throw new UsageError('--format must be text, json or csv');
  return format;
}

function unusable(message: string): number {
  console.error(message);
  return EXIT.unusable;
}

async function validate903(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const year = yearOption(args);
  const format = formatOption(args);
  if (args.positionals.length === 0) throw new UsageError('Give the return’s files or folder');
  const postcodesPath = option(args, 'postcodes');
  const authoritiesPath = option(args, 'authorities');
  if (!!postcodesPath !== !!authoritiesPath)
    throw new UsageError('Give both --postcodes and --authorities, or neither');
  try {
    const current = readReturn(readPaths(args.positionals));
    const prev = args.options.get('prev');
    const previous = prev ? readReturn(readPaths(prev), { tables: PREVIOUS_YEAR_TABLES }) : undefined;
    const postcodes =
      postcodesPath && authoritiesPath
        ? readPostcodeReference(readPaths([postcodesPath])[0]!, readPaths([authoritiesPath])[0]!)
        : undefined;
    const providerFiles = args.options.get('providers');
    // Providers' authorities are inferred from their postcodes, so rule 229 needs the postcode reference too.
    const providers = providerFiles ? await readProviderLists(readPaths(providerFiles), { postcodes }) : undefined;
    const laCode = option(args, 'la');
    if (postcodes && !laCode)
      throw new UsageError('Give --la (the authority’s GSS code, e.g. E06009901) with the postcode reference');
    const result = validateReturn(
      { year, current, previous, providers, postcodes, laCode },
      { onProgress: (p) => progressLine('Validating', p.done, p.total) },
    );
    progressDone();
    const errors = result.issues.filter((i) => i.severity !== 'query').length;
    if (format === 'json') {
      console.log(
        JSON.stringify({
          year,
          rules_run: result.rulesRun,
          rules_not_run: result.rulesNotRun,
          rules_failed: result.rulesFailed,
          flagged_rows_by_rule: result.flaggedRowsByRule,
          issues: result.issues.map((i) => ({
            child: i.child,
            table: i.table,
            row: i.row,
            rule: i.rule,
            fields: i.fields,
          })),
        }),
      );
    } else if (format === 'csv') {
      process.stdout.write(
        toCsv(
          ['child', 'table', 'row', 'line', 'file', 'rule', 'severity', 'fields', 'values', 'locator'],
          result.issues.map((i) => [
            i.child,
            i.table,
            i.row,
            i.line,
            i.file,
            i.rule,
            i.severity,
            i.fields.join(' '),
            Object.entries(i.values)
              .map(([k, v]) => `${k}=${v}`)
              .join(' '),
            i.locator,
          ]),
        ),
      );
    } else {
      const messages = new Map(ssda903Catalogue(year).map((r) => [r.code, r.message]));
      console.log(
        `SSDA903 ${result.rulePack}: ${result.rulesRun.length} rules run, ${Object.keys(result.rulesNotRun).length} not run, ${errors} errors, ${result.issues.length - errors} queries.`,
      );
      for (const [code, n] of Object.entries(result.flaggedRowsByRule).filter(([, n]) => n > 0)) {
        console.log(`  ${code.padEnd(10)} ${String(n).padStart(7)}  ${messages.get(code) ?? ''}`);
      }
      for (const [code, reason] of Object.entries(result.rulesNotRun))
        console.log(`  ${code.padEnd(10)} not run: ${reason}`);
    }
    return errors > 0 ? EXIT.errors : EXIT.clean;
  } catch (error) {
    progressDone();
    if (error instanceof Ssda903InputError) return unusable(error.message);
    if (error instanceof Error && /not supported/.test(error.message)) return unusable(error.message);
    throw error;
  }
}

async function validateCin(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const year = yearOption(args);
  const format = formatOption(args);
  const [file] = args.positionals;
  if (!file || args.positionals.length !== 1) throw new UsageError('Give one CIN census XML file');
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return unusable(`${file}: no such file`);
  }
  try {
    const result = await validateCensus(createReadStream(file, { highWaterMark: 1 << 20 }), {
      year,
      totalBytes: size,
      extraLaNumbers: args.options.get('la-number') ?? [],
      onProgress: (p: { childrenRead: number; bytesRead?: number }) =>
        progressLine(`Validating (${p.childrenRead} children)`, p.bytesRead ?? 0, size),
    });
    progressDone();
    const errors = result.issues.filter((i) => i.type === 'error').length;
    if (format === 'json') {
      console.log(
        JSON.stringify({
          year,
          reference_date: result.referenceDate,
          rules_run: result.rulesRun,
          flagged_locations_by_rule: result.flaggedLocationsByRule,
          flagged_records_by_rule: result.flaggedRecordsByRule,
          issues: result.issues.map((i) => ({
            child: i.child,
            table: i.table,
            row: i.row,
            column: i.column,
            rule: i.rule,
            type: i.type,
          })),
        }),
      );
    } else if (format === 'csv') {
      process.stdout.write(
        toCsv(
          ['child', 'table', 'row', 'column', 'rule', 'type', 'value'],
          result.issues.map((i) => [i.child, i.table, i.row, i.column, i.rule, i.type, i.value]),
        ),
      );
    } else {
      const messages = new Map(cinCatalogue(year).map((r) => [r.code, r.message]));
      console.log(
        `CIN census ${year - 1}/${String(year % 100).padStart(2, '0')} (reference date ${result.referenceDate}): ${result.childrenRead} children, ${result.rulesRun.length} rules run, ${errors} errors, ${result.issues.length - errors} queries.`,
      );
      for (const [code, n] of Object.entries(result.flaggedLocationsByRule).filter(([, n]) => n > 0)) {
        console.log(`  ${code.padEnd(8)} ${String(n).padStart(7)}  ${messages.get(code) ?? ''}`);
      }
    }
    return errors > 0 ? EXIT.errors : EXIT.clean;
  } catch (error) {
    progressDone();
    if (error instanceof CinInputError) return unusable(`${file}: ${error.message}`);
    throw error;
  }
}

/** `validate 903 …` and `validate cin …`: validate files without storing anything. */
export async function runValidateCommand(argv: string[]): Promise<number> {
  const [dataset, ...rest] = argv;
  if (dataset === '903') return validate903(rest);
  if (dataset === 'cin') return validateCin(rest);
  throw new UsageError(`Unknown dataset "${dataset ?? ''}": use 903 or cin`);
}
