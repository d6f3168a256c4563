import { writeFileSync } from 'node:fs';
import type { ReportKind } from '../../modules/reports/report-model.ts';
import * as reports from '../../modules/reports/reports.service.ts';
import { option, parseArgs, requireOption, UsageError } from '../args.ts';
import { commandLineActor } from '../command-line-actor.ts';
import { withDatabase } from '../with-database.ts';
import { resolveAuthority } from './user.ts';

const KINDS: readonly ReportKind[] = ['scrutiny', 'statement', 'exceptions', 'public'];

/**
 * `report scrutiny|statement|exceptions|public [--authority CODE] --format pdf|docx|html --out FILE
 * [--committee scrutiny|cabinet|improvement-board --meeting-date YYYY-MM-DD]`: builds the same report as the UI
 * (the demo authority by default when it is the only one), stores it in the report list and writes the file.
 */
export async function runReportCommand(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (!kind || !KINDS.includes(kind as ReportKind)) throw new UsageError(`Choose a report: ${KINDS.join(', ')}`);
  const args = parseArgs(rest);
  const format = requireOption(args, 'format');
  if (format !== 'pdf' && format !== 'docx' && format !== 'html')
    throw new UsageError('--format must be pdf, docx or html');
  const out = requireOption(args, 'out');
  const committee = option(args, 'committee');
  if (committee && !['scrutiny', 'cabinet', 'improvement-board'].includes(committee))
    throw new UsageError('--committee must be scrutiny, cabinet or improvement-board');
  return withDatabase(async (deps) => {
    try {
      const authority = await resolveAuthority(deps, option(args, 'authority') ?? (await defaultAuthority(deps)));
      const actor = commandLineActor(authority.id, 'improvement-lead');
      const started = Date.now();
      const generated = await reports.generateReport(deps, actor, {
        kind: kind as ReportKind,
        meetingCommittee: committee as 'scrutiny' | undefined,
        meetingDate: option(args, 'meeting-date') ?? null,
      });
      process.stderr.write(`Building ${generated.title} (${format.toUpperCase()})…\n`);
      const file = await reports.renderReport(deps, actor, generated.id, format);
      writeFileSync(out, file.body);
      console.log(
        `Wrote ${out} (${((Date.now() - started) / 1000).toFixed(1)} s). The report is also listed in Waypoint under Reports.`,
      );
      return 0;
    } finally {
      await deps.reportBrowser.close();
    }
  });
}

async function defaultAuthority(deps: Parameters<Parameters<typeof withDatabase>[0]>[0]): Promise<string | undefined> {
  const demo = await deps.db.selectFrom('authority').select('code').where('is_demo', '=', true).executeTakeFirst();
  return demo?.code;
}
