import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize } from '../../platform/request-auth.ts';
import { getDashboard } from './dashboard.service.ts';

/** `GET /api/dashboard`: delivery at a glance. */
export async function dashboardRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        querystring: z.object({ planId: z.uuid().optional() }),
        summary: 'Plan delivery dashboard',
      },
    },
    async (request) => getDashboard(deps, authorize(request, 'plan:read'), request.query.planId),
  );
}
