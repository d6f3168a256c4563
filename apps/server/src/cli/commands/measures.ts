import { MEASURES } from '@waypoint/measures';
import * as measures from '../../modules/measures/measures.service.ts';
import { scorecardRows, scorecardSheet } from '../../modules/measures/scorecard-export.ts';
import { toCsv } from '../../platform/spreadsheet.ts';
import { option, parseArgs, UsageError } from '../args.ts';
import { commandLineActor } from '../command-line-actor.ts';
import { withDatabase } from '../with-database.ts';
import { resolveAuthority } from './user.ts';

/**
 * `measures [--authority CODE] [--at YYYY-MM-DD] --format json|csv`: every catalogue measure with id, period, numerator,
 * denominator, value, target, RAG, SPC signal and England value (the columns of the scorecard download). Measures
 * without data are listed, saying why.
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
    const actor = commandLineActor(authority.id, 'analyst');
    const card = await measures.scorecard(deps, actor, at);
    const rows = scorecardRows(card);
    if (rows.length !== MEASURES.length) throw new Error('The scorecard does not list every catalogue measure.');
    if (format === 'json') console.log(JSON.stringify(rows, null, 2));
    else {
      const sheet = scorecardSheet(rows, card.asOf);
      process.stdout.write(toCsv(sheet.header, sheet.rows));
    }
    return 0;
  });
}
