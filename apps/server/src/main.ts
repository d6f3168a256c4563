import { buildApp } from './app.ts';
import { createDeps, openDatabase } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { seedDemoIfEmpty } from './seed/demo-seed.ts';

/** Starts Waypoint: configuration → database → migrations → demo seed (first run) → HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, process.env.INIT_CWD ?? process.cwd());
  const handle = await openDatabase(config);
  const deps = createDeps(config, handle);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(deps, (message) => console.log(message));
    if (seeded) {
      console.log('\nDemo authority created: Kellingford City Council (fictional). Demo sign-ins (demo only):');
      for (const u of seeded.users) console.log(`  ${u.role.padEnd(17)} ${u.email.padEnd(42)} ${seeded.password}`);
      console.log('');
    }
  }
  const app = await buildApp(deps, {
    logger: true,
    signInRateLimit: Number(process.env.WAYPOINT_SIGN_IN_RATE_LIMIT ?? 10),
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received: closing`);
    await app.close();
    await deps.reportBrowser.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `Waypoint is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (database: ${handle.engine})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
