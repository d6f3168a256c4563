import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppDeps } from '../platform/deps.ts';

/** `GET /api/health`: the process is up and the database answers. */
export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get('/health', { schema: { tags: ['health'], summary: 'Service health' } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok', database: deps.engine };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: deps.engine });
    }
  });
}
