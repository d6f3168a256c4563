import { describe, expect, it } from 'vitest';
import { buildApp, sessionCookieName } from '../src/app.ts';
import { SESSION_IDLE_MINUTES } from '../src/modules/auth/auth.service.ts';
import type { Clock } from '../src/platform/clock.ts';
import { createTestAuthority, TEST_PASSWORD, testConfig, useTestServer } from './support/harness.ts';
import { postgresSkipReason } from './support/test-db.ts';

describe.skipIf(postgresSkipReason() !== '')('signing in and out', () => {
  const ctx = useTestServer();
  const cookieName = sessionCookieName(true);

  it('signs in with a correct password and sets a hardened session cookie', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000901');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: a.users.viewer.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === cookieName)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: `${cookieName}=${cookie.value}` } });
    expect(me.json()).toMatchObject({ email: a.users.viewer.email, role: 'viewer', authority: { code: 'E06000901' } });
  });

  it('gives the same message for a wrong password and an unknown email, and audits both', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000902');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: a.users.admin.email, password: 'nope' },
    });
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@nowhere.example', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
    const failures = await ctx.deps.db
      .selectFrom('audit_event')
      .select(['chain', 'actor_email'])
      .where('action', '=', 'auth.sign-in-failed')
      .execute();
    expect(failures).toEqual(
      expect.arrayContaining([
        { chain: a.id, actor_email: a.users.admin.email },
        { chain: 'system', actor_email: 'nobody@nowhere.example' },
      ]),
    );
  });

  it('rotates the session id at sign-in: the cookie the browser had before stops working', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000903');
    const first = await ctx.signIn(a.users.analyst.email);
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { cookie: first },
      payload: { email: a.users.analyst.email, password: TEST_PASSWORD },
    });
    const newCookie = second.cookies.find((c) => c.name === cookieName)!;
    expect(`${cookieName}=${newCookie.value}`).not.toBe(first);
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: `${cookieName}=${newCookie.value}` } }))
        .statusCode,
    ).toBe(200);
  });

  it('ends the session at sign-out', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000904');
    const cookie = await ctx.signIn(a.users.viewer.email);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } })).statusCode).toBe(
      200,
    );
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('expires a session after the idle limit and refuses further sign-ins beyond the rate limit', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000905');
    let now = new Date('2026-07-15T09:00:00Z');
    const clock: Clock = { now: () => now, today: () => '2026-07-15' };
    const app = await buildApp({ ...ctx.deps, clock, config: testConfig() }, { signInRateLimit: 3 });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: a.users.viewer.email, password: TEST_PASSWORD },
      });
      const cookie = `${cookieName}=${response.cookies.find((c) => c.name === cookieName)!.value}`;
      now = new Date(now.getTime() + (SESSION_IDLE_MINUTES - 1) * 60_000);
      expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
      now = new Date(now.getTime() + (SESSION_IDLE_MINUTES + 1) * 60_000);
      expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);

      const attempts = [];
      for (let i = 0; i < 3; i++) {
        attempts.push(
          (
            await app.inject({
              method: 'POST',
              url: '/api/auth/sign-in',
              payload: { email: a.users.viewer.email, password: 'wrong' },
            })
          ).statusCode,
        );
      }
      expect(attempts).toEqual([401, 401, 429]);
    } finally {
      await app.close();
    }
  });

  it('refuses state-changing requests from another site', async () => {
    const a = await createTestAuthority(ctx.deps, 'E06000906');
    const cookie = await ctx.signIn(a.users.admin.email);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: 'https://evil.example', host: 'waypoint.example' },
    });
    expect(response.statusCode).toBe(403);
  });
});
