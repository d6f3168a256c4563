// `npm run bench -- <name>`: speed benchmarks that print figures (never part of `npm test`).
// Each benchmark module exports `runBenchmark(args)`; generated inputs are cached under .cache/bench/.
const BENCHMARKS: Record<
  string,
  { description: string; load: () => Promise<{ runBenchmark: (args: string[]) => Promise<void> }> }
> = {
  '903': {
    description: 'SSDA903 national return: parse, validate and import into PostgreSQL',
    load: async () => {
      const [national, store, worker] = await Promise.all([
        import('../packages/ssda903/bench/national.ts'),
        import('../apps/server/bench/import-903.ts'),
        import('../apps/server/src/modules/statutory-imports/run-validation.ts'),
      ]);
      return {
        runBenchmark: async (args: string[]) => {
          // Measured as the server's validation worker runs, unless another heap limit is asked for.
          const limit = args.includes('--heap-limit') ? [] : ['--heap-limit', String(worker.VALIDATION_HEAP_MB)];
          await national.runBenchmark([...args, ...limit]);
          await store.runBenchmark(args);
        },
      };
    },
  },
  cin: {
    description: 'CIN census county and national files: parse + validate',
    load: () => import('../packages/cin-census/bench/census.ts'),
  },
  measures: {
    description: 'every measure monthly for 36 months, large authority',
    load: () => import('../packages/measures/bench/monthly-series.ts'),
  },
  scorecard: {
    description: 'scorecard API, large authority on PostgreSQL, p95 at 20 concurrent requests',
    load: () => import('../apps/server/bench/scorecard.ts'),
  },
  reports: { description: 'scrutiny pack as PDF and DOCX', load: () => import('../apps/server/bench/reports.ts') },
};

const [name, ...args] = process.argv.slice(2);
const chosen = name ? BENCHMARKS[name] : undefined;
if (!chosen) {
  console.log('Usage: npm run bench -- <benchmark>\n');
  for (const [key, b] of Object.entries(BENCHMARKS)) console.log(`  ${key.padEnd(10)} ${b.description}`);
  process.exit(name ? 2 : 0);
}
const module = await chosen.load();
await module.runBenchmark(args);
