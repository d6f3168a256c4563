import { verifyAuditLog } from '../../modules/audit/audit.service.ts';
import { UsageError } from '../args.ts';
import { withDatabase } from '../with-database.ts';

/** `audit verify`: recomputes every hash chain; exit 1 when anything was edited or deleted. */
export async function runAuditCommand(argv: string[]): Promise<number> {
  if (argv[0] !== 'verify') throw new UsageError(`Unknown audit command "${argv[0] ?? ''}"`);
  return withDatabase(async (deps) => {
    const result = await verifyAuditLog(deps.db, (n) => process.stderr.write(`\rChecked ${n} events…`));
    process.stderr.write('\n');
    if (result.problems.length === 0) {
      console.log(`Audit log intact: ${result.events} events in ${result.chains} chains verified.`);
      return 0;
    }
    console.log(`Audit log has been tampered with: ${result.problems.length} problem(s) in ${result.events} events.`);
    for (const p of result.problems) console.log(`  chain ${p.chain}, event ${p.seq}: ${p.problem}`);
    return 1;
  });
}
