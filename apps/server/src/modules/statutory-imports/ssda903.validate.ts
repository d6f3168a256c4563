import {
  invalidDates,
  PREVIOUS_YEAR_TABLES,
  readPostcodeReference,
  readProviderLists,
  readReturn,
  ruleCatalogue,
  Ssda903InputError,
  type Ssda903Return,
  validateReturn,
} from '@waypoint/ssda903';
import type { ImportFile, Progress, ValidationOutcome } from './dataset.ts';

const toSource = (f: ImportFile) => ({ name: f.name, bytes: f.bytes });

/**
 * Reads this year's files (or last year's: only the tables the rules compare with), failing with problems that
 * name the file, line and column.
 */
export function readSsda903Files(
  files: readonly ImportFile[],
  role: 'current' | 'previous',
): Ssda903Return | undefined {
  const chosen = files.filter((f) => f.role === role);
  if (chosen.length === 0) return undefined;
  return readReturn(chosen.map(toSource), role === 'previous' ? { tables: PREVIOUS_YEAR_TABLES } : {});
}

function inputProblem(error: unknown, role: string) {
  if (error instanceof Ssda903InputError) {
    return {
      ok: false as const,
      blocking: [
        {
          file: error.file || undefined,
          line: error.line,
          column: error.field,
          message: `${role === 'previous' ? "Last year's return: " : ''}${error.message}`,
        },
      ],
    };
  }
  throw error;
}

/**
 * Reads and validates an SSDA903 upload: this year's files (CSV set or one XML), optionally last year's, the
 * Ofsted provider lists and the postcode reference. Unusable input is reported, never thrown; impossible dates
 * are blocking (they cannot be stored), rule failures are reported for the analyst to fix or accept.
 */
export async function validateSsda903(
  input: { year: number; laCode: string; files: readonly ImportFile[] },
  onProgress: (p: Progress) => void,
): Promise<ValidationOutcome> {
  onProgress({ stage: 'Reading files', done: 0, total: 1 });
  let current: Ssda903Return | undefined;
  let previous: Ssda903Return | undefined;
  try {
    current = readSsda903Files(input.files, 'current');
  } catch (error) {
    return inputProblem(error, 'current');
  }
  if (!current)
    return {
      ok: false,
      blocking: [{ message: "Choose this year's SSDA903 files (one CSV per table, or one XML file)." }],
    };
  try {
    previous = readSsda903Files(input.files, 'previous');
  } catch (error) {
    return inputProblem(error, 'previous');
  }
  const postcodesFile = input.files.find((f) => f.role === 'postcodes');
  const authoritiesFile = input.files.find((f) => f.role === 'authorities');
  if ((postcodesFile && !authoritiesFile) || (!postcodesFile && authoritiesFile)) {
    return {
      ok: false,
      blocking: [
        {
          message:
            'Give both postcode reference files: the postcode CSV and the lower-tier to upper-tier authority CSV.',
        },
      ],
    };
  }
  let postcodes: ReturnType<typeof readPostcodeReference> | undefined;
  try {
    postcodes =
      postcodesFile && authoritiesFile
        ? readPostcodeReference(toSource(postcodesFile), toSource(authoritiesFile))
        : undefined;
  } catch (error) {
    return {
      ok: false,
      blocking: [{ file: postcodesFile?.name, message: error instanceof Error ? error.message : String(error) }],
    };
  }
  // Providers' authorities are inferred from their postcodes, so rule 229 needs the postcode reference too.
  const providerFiles = input.files.filter((f) => f.role === 'providers');
  let providers: Awaited<ReturnType<typeof readProviderLists>> | undefined;
  try {
    providers =
      providerFiles.length > 0 ? await readProviderLists(providerFiles.map(toSource), { postcodes }) : undefined;
  } catch (error) {
    return {
      ok: false,
      blocking: [
        {
          file: providerFiles.map((f) => f.name).join(', '),
          message: error instanceof Error ? error.message : String(error),
        },
      ],
    };
  }
  onProgress({ stage: 'Reading files', done: 1, total: 1 });

  const result = validateReturn(
    { year: input.year, current, previous, providers, postcodes, laCode: input.laCode },
    { onProgress: (p) => onProgress({ stage: 'Validating', done: p.done, total: p.total }) },
  );
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(current.tables))
    counts[table] = (rows as unknown[] | undefined)?.length ?? 0;
  const tableOf = new Map<string, { table: string; rows: number }>();
  for (const [role, ret] of [
    ['current', current],
    ['previous', previous],
  ] as const) {
    for (const s of ret?.sources ?? []) tableOf.set(`${role}:${s.file}`, { table: s.table, rows: s.lines.length });
  }
  return {
    ok: true,
    rulePack: result.rulePack,
    rulesRun: result.rulesRun,
    rulesNotRun: result.rulesNotRun,
    rulesFailed: result.rulesFailed,
    flaggedByRule: result.flaggedRowsByRule,
    issues: result.issues.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      child: i.child,
      table: i.table,
      row: i.row,
      line: i.line,
      file: i.file,
      fields: i.fields,
      values: i.values,
      locator: i.locator,
    })),
    counts,
    files: input.files.map((f) => ({ name: f.name, role: f.role, ...tableOf.get(`${f.role}:${f.name}`) })),
    blocking: invalidDates(current).map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      message: `${d.table} row ${d.row + 1}: ${d.column} “${d.value}” is not a real date (dd/mm/yyyy). Correct it in your case management system and upload the return again.`,
    })),
    catalogue: ruleCatalogue(input.year).map((r) => ({
      code: r.code,
      message: r.message,
      fields: r.fields,
      severity: r.severity,
    })),
  };
}
