import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { resolveSession } from './modules/auth/auth.service.ts';
import { registerRoutes } from './modules/routes.ts';
import type { AppDeps } from './platform/deps.ts';
import { HttpError } from './platform/errors.ts';

/** Options that differ between production, tests and the demo. */
export interface AppOptions {
  /** Sign-in attempts allowed per address per minute. */
  signInRateLimit?: number;
  logger?: boolean;
}

/** Name of the session cookie: `__Host-` prefixed (Secure, host-only, path /) unless cookies are not Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-waypoint-session' : 'waypoint-session';
}

/**
 * Builds the Fastify application: security headers, session resolution, the API under /api (with OpenAPI at
 * /api/openapi.json) and, when it has been built, the web app with client-side routing.
 */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: deps.config.logLevel } : false,
    bodyLimit: 1_048_576,
    trustProxy: false,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: 20 * 1_048_576, files: 10, fields: 20, fieldSize: 100_000, parts: 40 },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Waypoint API',
        version: '0.1.0',
        description: 'Improvement plans, statutory returns and measures for local authority children’s services.',
      },
    },
    transform: jsonSchemaTransform,
  });

  app.decorateRequest('user', null);
  const cookieName = sessionCookieName(deps.config.secureCookies);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[cookieName];
    request.user = token ? await resolveSession(deps, token) : null;
  });

  // State-changing requests must come from Waypoint's own pages: same-site cookies plus an Origin check.
  app.addHook('onRequest', async (request) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
    const origin = request.headers.origin;
    if (origin && request.headers.host && new URL(origin).host !== request.headers.host) {
      throw new HttpError(403, 'Cross-site request refused');
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(v.params?.issue ?? ''),
        message: v.message ?? 'Invalid value',
      }));
      return reply.status(400).send({
        error: 'Bad Request',
        message: details.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message)).join('; '),
        details,
      });
    }
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send({
        error: reply.statusCode >= 500 ? 'Error' : error.name,
        message: error.message,
        details: error.details ?? [],
      });
    }
    const status =
      typeof (error as { statusCode?: unknown }).statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
    if (status === 429)
      return reply
        .status(429)
        .send({ error: 'Too Many Requests', message: 'Too many attempts. Wait a minute and try again.', details: [] });
    if (status < 500) {
      return reply.status(status).send({ error: 'Bad Request', message: (error as Error).message, details: [] });
    }
    request.log.error(error);
    return reply.status(500).send({
      error: 'Internal Server Error',
      message: `Something went wrong. Try again; if it keeps happening, give this reference to your administrator: ${request.id}`,
      details: [],
    });
  });

  await app.register(
    async (api) => {
      await registerRoutes(api, deps, { signInRateLimit: options.signInRateLimit ?? 10, cookieName });
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      api.all('/*', async (_request, reply) =>
        reply.status(404).send({ error: 'Not Found', message: 'No such API route', details: [] }),
      );
    },
    { prefix: '/api' },
  );

  const govukAssets = path.resolve(import.meta.dirname, '../../../node_modules/govuk-frontend/dist/govuk/assets');
  if (existsSync(govukAssets)) {
    await app.register(fastifyStatic, { root: govukAssets, prefix: '/assets/', decorateReply: false });
  }
  if (existsSync(path.join(deps.config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: deps.config.webDist, prefix: '/' });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.status(404).send({ error: 'Not Found', message: 'Not found', details: [] });
    });
  }
  return app;
}
