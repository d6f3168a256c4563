import { MEASURES } from '@waypoint/measures';
import * as measures from '../../modules/measures/measures.service.ts';
import { toCsv } from '../../platform/spreadsheet.ts';
import { option, parseArgs, UsageError } from '../args.ts';
import { withDatabase } from '../with-database.ts';
import { resolveAuthority } from './user.ts';

/**
 * `measures [--authority CODE] [--at YYYY-MM-DD] --format json|csv`: every catalogue measure with id, period, numerator,
 * denominator, value, target, RAG, SPC signal and England value. Measures without data are listed, saying why.
 */
export async function runMeasuresCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const format = option(args, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
  const at = option(args, 'at');
  if (at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(at)) throw new UsageError('--at must be a date like 2026-07-15');
  return withDatabase(async (deps) => {
    const code =
      option(args, 'authority') ??
      (await deps.db.selectFrom('authority').select('code').where('is_demo', '=', true).executeTakeFirst())?.code;
    const authority = await resolveAuthority(deps, code);
    const actor = {
      userId: '',
      email: 'command line',
      displayName: 'Command line',
      role: 'analyst' as const,
      authorityId: authority.id,
      requestId: 'cli',
      ip: null,
    };
    const card = await measures.scorecard(deps, actor, at);
    const rows = card.measures.map((m) => ({
      id: m.id,
      title: m.title,
      period: m.latest?.month ?? null,
      numerator: m.latest?.numerator ?? null,
      denominator: m.latest?.denominator ?? null,
      value: m.latest?.value ?? null,
      unit: m.unit,
      target: m.target?.value ?? null,
      target_date: m.target?.date ?? null,
      rag: m.rag.rag,
      distance: m.rag.distanceText || null,
      spc_signal: m.spc?.interpretation ?? null,
      england: m.england?.value ?? null,
      status: m.status,
      no_data_reason: m.noDataReason ?? null,
    }));
    if (rows.length !== MEASURES.length) throw new Error('The scorecard does not list every catalogue measure.');
    if (format === 'json') console.log(JSON.stringify(rows, null, 2));
    else {
      const header = Object.keys(rows[0]!);
      process.stdout.write(
        toCsv(
          header,
          rows.map((r) => header.map((h) => (r as Record<string, string | number | null>)[h])),
        ),
      );
    }
    return 0;
  });
}
