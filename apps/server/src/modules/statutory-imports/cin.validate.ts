import { CinInputError, PROVISIONAL_YEARS, ruleCatalogue, validateCensus } from '@waypoint/cin-census';
import type { ImportFile, Progress, ValidationOutcome } from './dataset.ts';

/**
 * Validates a CIN census upload (one XML file). Unreadable, hostile or malformed XML is reported as a blocking
 * problem naming the element path and child; rule findings (errors and queries) are reported for review.
 */
export async function validateCin(
  input: { year: number; laNumber?: string; files: readonly ImportFile[] },
  onProgress: (p: Progress) => void,
): Promise<ValidationOutcome> {
  const xml = input.files.filter((f) => f.role === 'current');
  if (xml.length !== 1) {
    return { ok: false, blocking: [{ message: `Choose one CIN census XML file (${xml.length} were given).` }] };
  }
  const file = xml[0]!;
  if (input.files.some((f) => f.role !== 'current')) {
    return { ok: false, blocking: [{ message: 'The CIN census takes one XML file: remove the other files.' }] };
  }
  try {
    onProgress({ stage: 'Reading and validating', done: 0, total: file.bytes.length });
    const result = await validateCensus(file.bytes, {
      year: input.year,
      totalBytes: file.bytes.length,
      extraLaNumbers: input.laNumber ? [input.laNumber] : [],
      onProgress: (p: { childrenRead: number; bytesRead?: number; totalBytes?: number }) =>
        onProgress({
          stage: `Reading and validating (${p.childrenRead} children)`,
          done: p.bytesRead ?? 0,
          total: p.totalBytes ?? file.bytes.length,
        }),
    });
    const catalogue = ruleCatalogue(input.year);
    const types = new Map(catalogue.map((r) => [r.code, r.type]));
    const children = new Set<string>();
    return {
      ok: true,
      rulePack: `${input.year - 1}/${String(input.year % 100).padStart(2, '0')}${PROVISIONAL_YEARS.includes(input.year) ? ' (provisional: 2025/26 rules carried forward)' : ''}`,
      rulesRun: result.rulesRun,
      rulesNotRun: {},
      rulesFailed: result.rulesFailed,
      flaggedByRule: result.flaggedLocationsByRule,
      issues: result.issues.map((i) => {
        if (i.child) children.add(i.child);
        return {
          rule: i.rule,
          severity: types.get(i.rule) ?? i.type,
          child: i.child ?? '',
          table: i.table ?? 'Return',
          row: i.row ?? undefined,
          file: file.name,
          fields: i.column ? [i.column] : [],
          values: i.column ? { [i.column]: i.value ?? '' } : {},
        };
      }),
      counts: { Children: result.childrenRead },
      files: [{ name: file.name, role: 'current', table: 'CIN census', rows: result.childrenRead }],
      blocking: [],
      catalogue: catalogue.map((r) => ({ code: r.code, message: r.message, fields: r.fields, severity: r.type })),
    };
  } catch (error) {
    if (error instanceof CinInputError) {
      return {
        ok: false,
        blocking: [{ file: file.name, line: error.line, column: error.path, message: error.message }],
      };
    }
    throw error;
  }
}
