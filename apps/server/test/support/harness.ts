import type { Role } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, sessionCookieName } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { hashPassword } from '../../src/modules/auth/password.ts';
import { insertAuthority } from '../../src/modules/authorities/authorities.repository.ts';
import { ReportBrowser } from '../../src/modules/reports/render/index.ts';
import { insertUser } from '../../src/modules/users/users.repository.ts';
import { type Clock, createClock } from '../../src/platform/clock.ts';
import { ComputeCache } from '../../src/platform/compute-cache.ts';
import type { AppDeps } from '../../src/platform/deps.ts';
import { JobRegistry } from '../../src/platform/jobs.ts';
import { openTestDatabase } from './test-db.ts';

/** The password every test user has. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** Configuration for tests: no demo seed, Secure cookies as in production. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    secureCookies: true,
    seedDemo: false,
    logLevel: 'silent',
    webDist: '/nonexistent',
    chromiumPath: '/usr/bin/chromium',
    ...overrides,
  };
}

/** A test authority with one user per role. */
export interface TestAuthority {
  id: string;
  code: string;
  users: Record<Role, { id: string; email: string; role: Role; name: string }>;
}

let passwordHash: Promise<string> | undefined;

/** Creates an authority with one user of each role (emails prefixed with the code). */
export async function createTestAuthority(deps: AppDeps, code: string): Promise<TestAuthority> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const id = await insertAuthority(deps.db, {
    code,
    laNumber: code.slice(-3),
    name: `${code} Council`,
    shortName: code,
    population0to17: 40_000,
    isDemo: false,
  });
  const roles: Role[] = ['admin', 'improvement-lead', 'action-owner', 'analyst', 'viewer'];
  const users = {} as TestAuthority['users'];
  for (const role of roles) {
    const email = `${role}@${code.toLowerCase()}.example`;
    const name = `${role} of ${code}`;
    const userId = await insertUser(deps.db, {
      authority_id: id,
      email,
      display_name: name,
      job_title: role,
      role,
      password_hash: hash,
    });
    users[role] = { id: userId, email, role, name };
  }
  return { id, code, users };
}

/** A running test server over a fresh database. Call inside a `describe`/file scope. */
export interface TestContext {
  handle: DatabaseHandle;
  deps: AppDeps;
  app: FastifyInstance;
  clock: Clock;
  /** Signs in and returns the Cookie header value to send. */
  signIn(email: string): Promise<string>;
}

/** Sets up a database and app for the file, torn down after all its tests. */
export function useTestServer(options: { today?: string } = {}): TestContext {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    ctx.handle = await openTestDatabase();
    ctx.clock = createClock(options.today ?? '2026-07-15');
    ctx.deps = {
      db: ctx.handle.db,
      engine: ctx.handle.engine,
      clock: ctx.clock,
      config: testConfig(),
      jobs: new JobRegistry(),
      cache: new ComputeCache(),
      reportBrowser: new ReportBrowser(),
    };
    ctx.app = await buildApp(ctx.deps, { signInRateLimit: 10_000 });
    ctx.signIn = async (email: string) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: TEST_PASSWORD },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === sessionCookieName(true));
      if (!cookie) throw new Error('no session cookie');
      return `${cookie.name}=${cookie.value}`;
    };
  });
  afterAll(async () => {
    await ctx.deps?.jobs.idle();
    await ctx.deps?.reportBrowser.close();
    await ctx.app?.close();
    await ctx.handle?.close();
  });
  return ctx;
}
