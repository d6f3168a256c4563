import { SignInRequest } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { anonymousActor, requireUser } from '../../platform/request-auth.ts';
import { SESSION_ABSOLUTE_HOURS, signIn, signOut } from './auth.service.ts';

/** Sign in, sign out and "who am I". */
export async function authRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  opts: { signInRateLimit: number; cookieName: string },
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };

  api.post(
    '/auth/sign-in',
    {
      schema: { body: SignInRequest, tags: ['auth'], summary: 'Sign in with email and password' },
      config: { rateLimit: { max: opts.signInRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const actor = anonymousActor(request);
      const { token } = await signIn(deps, {
        email: request.body.email,
        password: request.body.password,
        previousToken: request.cookies[opts.cookieName],
        ip: actor.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: request.id,
      });
      reply.setCookie(opts.cookieName, token, { ...cookieOptions, maxAge: SESSION_ABSOLUTE_HOURS * 3600 });
      return { ok: true };
    },
  );

  api.post('/auth/sign-out', { schema: { tags: ['auth'], summary: 'Sign out' } }, async (request, reply) => {
    const token = request.cookies[opts.cookieName];
    if (token && request.user) await signOut(deps, token, requireUser(request));
    reply.clearCookie(opts.cookieName, cookieOptions);
    return { ok: true };
  });

  api.get('/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user' } }, async (request) => {
    const user = requireUser(request);
    return {
      id: user.userId,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      authority: {
        id: user.authorityId,
        code: user.authorityCode,
        name: user.authorityName,
        shortName: user.authorityShortName,
      },
      today: deps.clock.today(),
    };
  });
}
