import { seedDemoIfEmpty } from '../../seed/demo-seed.ts';
import { UsageError } from '../args.ts';
import { withDatabase } from '../with-database.ts';

/** `demo seed`: creates the demo authority in an empty database. */
export async function runDemoCommand(argv: string[]): Promise<number> {
  if (argv[0] !== 'seed') throw new UsageError(`Unknown demo command "${argv[0] ?? ''}"`);
  return withDatabase(async (deps) => {
    const seeded = await seedDemoIfEmpty(deps, (m) => console.log(m));
    if (!seeded) {
      console.log('The database already holds an authority; the demo was not added.');
      return 1;
    }
    console.log('Demo sign-ins (demo only):');
    for (const u of seeded.users) console.log(`  ${u.role.padEnd(17)} ${u.email.padEnd(42)} ${seeded.password}`);
    return 0;
  });
}
