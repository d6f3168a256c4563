import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  WAYPOINT_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  /** Set to "false" only for local HTTP testing on a non-localhost address; cookies are Secure otherwise. */
  WAYPOINT_SECURE_COOKIES: z.enum(['true', 'false']).default('true'),
  /** The date the demo authority's story is set on (its seed shifts every date by the same offset). */
  DEMO_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'DEMO_TODAY must be a date like 2026-07-15')
    .optional(),
  /**
   * Seed the fictional demo authority into an empty database: "auto" (default) seeds the embedded database only,
   * so a production PostgreSQL is never given demo accounts unless asked with "true".
   */
  WAYPOINT_SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Password for the demo accounts; a random one is generated (and printed once) when unset. */
  WAYPOINT_DEMO_PASSWORD: z.string().min(12, 'WAYPOINT_DEMO_PASSWORD must be 12 characters or more').optional(),
  WAYPOINT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Path to the built web app (served by the API process). */
  WAYPOINT_WEB_DIST: z.string().optional(),
  CHROMIUM_PATH: z.string().optional(),
});

/** Waypoint's runtime configuration, read once from environment variables at start-up. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  secureCookies: boolean;
  demoToday?: string;
  seedDemo: boolean;
  demoPassword?: string;
  logLevel: z.infer<typeof EnvSchema>['WAYPOINT_LOG_LEVEL'];
  webDist: string;
  chromiumPath: string;
}

/** Thrown when an environment variable is invalid; the message names the variable. */
export class ConfigError extends Error {}

/** Reads and validates the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.WAYPOINT_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    secureCookies: e.WAYPOINT_SECURE_COOKIES === 'true',
    demoToday: e.DEMO_TODAY,
    seedDemo: e.WAYPOINT_SEED_DEMO === 'true' || (e.WAYPOINT_SEED_DEMO === 'auto' && !e.DATABASE_URL),
    demoPassword: e.WAYPOINT_DEMO_PASSWORD,
    logLevel: e.WAYPOINT_LOG_LEVEL,
    webDist: e.WAYPOINT_WEB_DIST ? path.resolve(cwd, e.WAYPOINT_WEB_DIST) : path.join(repoRoot, 'apps/web/dist'),
    chromiumPath: e.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}
