import { UsageError } from './args.ts';
import { runAuditCommand } from './commands/audit.ts';
import { runDemoCommand } from './commands/demo.ts';
import { runGenerateCommand } from './commands/generate.ts';
import { runImportCommand } from './commands/import.ts';
import { runMeasuresCommand } from './commands/measures.ts';
import { runReportCommand } from './commands/report.ts';
import { runUserCommand } from './commands/user.ts';
import { runValidateCommand } from './commands/validate.ts';

const USAGE = `Usage: npm run waypoint -- <command> [options]

Commands:
  user create --email EMAIL --name "Full Name" --role ROLE [--job-title TITLE] [--authority CODE] [--password-stdin]
  user list [--authority CODE]
  audit verify                 check the audit log's hash chains for edited or deleted events
  demo seed                    create the demo authority in an empty database
  validate 903 --year YYYY [--prev DIR] [--providers FILE]... [--postcodes FILE --authorities FILE --la CODE]
               [--format text|json|csv] PATH...      validate an SSDA903 return (CSV files, a folder, or one XML)
  validate cin --year YYYY [--la-number 990] [--format text|json|csv] FILE.xml
  import 903 --year YYYY [--authority CODE] [--prev DIR] [--providers FILE]... [--postcodes F --authorities F] PATH...
  import cin --year YYYY [--authority CODE] FILE.xml
  import local TYPE [--authority CODE] FILE.csv    replace one type of local record (supervision, caseAudits, …)
  generate 903 --children N --year YYYY --seed S --out DIR [--la CODE] [--error-rate 0.02]
  generate cin --children N --year YYYY --seed S --out FILE.xml [--la-number 990] [--error-rate 0.01]
  measures [--authority CODE] [--at YYYY-MM-DD] --format json|csv
  report scrutiny|statement|exceptions|public [--authority CODE] --format pdf|docx|html --out FILE
               [--committee scrutiny|cabinet|improvement-board --meeting-date YYYY-MM-DD]

--year is the year the collection ends: 2025 = 2024/25.

Roles: admin, improvement-lead, action-owner, analyst, viewer.
The embedded database is used unless DATABASE_URL is set; stop the server first (one process per data folder).
Exit codes: 0 success, 1 problems found, 2 unusable input or usage.`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  user: runUserCommand,
  audit: runAuditCommand,
  demo: runDemoCommand,
  validate: runValidateCommand,
  import: runImportCommand,
  report: runReportCommand,
  generate: runGenerateCommand,
  measures: runMeasuresCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command(rest);
}

// npm runs workspace scripts inside apps/server: resolve paths from where the user ran `npm run waypoint`.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

/**
 * Exits once everything written has reached its reader: output piped to another program (`| jq`) is written
 * asynchronously, and exiting at once would cut it off.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2))
  .then(exitWhenFlushed)
  .catch((error: unknown) => {
    console.error(
      error instanceof UsageError
        ? `${error.message}\n\n${USAGE}`
        : error instanceof Error
          ? error.message
          : String(error),
    );
    exitWhenFlushed(2);
  });
