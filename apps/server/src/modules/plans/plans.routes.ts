import {
  MoveRequest,
  PlanRequest,
  PlanUpdateRequest,
  PriorityAreaRequest,
  RecommendationUpdateRequest,
  TransitionRequest,
} from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize } from '../../platform/request-auth.ts';
import * as service from './plans.service.ts';

const IdParams = z.object({ id: z.uuid() });
const VersionParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1) });
const CompareQuery = z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) });

/** Plans, priority areas, lifecycle, versions and recommendations. */
export async function planRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  api.get('/plans', { schema: { tags, summary: 'Plans of your authority' } }, async (request) =>
    service.listPlans(deps, authorize(request, 'plan:read')),
  );
  api.post(
    '/plans',
    { schema: { tags, body: PlanRequest, summary: 'Start a plan for an inspection' } },
    async (request, reply) =>
      reply.status(201).send(await service.createPlan(deps, authorize(request, 'plan:edit'), request.body)),
  );
  api.get(
    '/plans/:id',
    { schema: { tags, params: IdParams, summary: 'A plan with its areas, actions, coverage and deadlines' } },
    async (request) => service.getPlanDetail(deps, authorize(request, 'plan:read'), request.params.id),
  );
  api.patch('/plans/:id', { schema: { tags, params: IdParams, body: PlanUpdateRequest } }, async (request) =>
    service.updatePlan(deps, authorize(request, 'plan:edit'), request.params.id, request.body),
  );
  api.post(
    '/plans/:id/areas',
    { schema: { tags, params: IdParams, body: PriorityAreaRequest } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addArea(deps, authorize(request, 'plan:edit'), request.params.id, request.body)),
  );
  api.put('/areas/:id', { schema: { tags, params: IdParams, body: PriorityAreaRequest } }, async (request) =>
    service.updateArea(deps, authorize(request, 'plan:edit'), request.params.id, request.body),
  );
  api.post('/areas/:id/move', { schema: { tags, params: IdParams, body: MoveRequest } }, async (request) =>
    service.moveArea(deps, authorize(request, 'plan:edit'), request.params.id, request.body.direction),
  );
  api.post(
    '/plans/:id/transitions',
    {
      schema: {
        tags,
        params: IdParams,
        body: TransitionRequest,
        summary: 'Move the plan to its next stage (freezes a version)',
      },
    },
    async (request) => service.transitionPlan(deps, authorize(request, 'plan:edit'), request.params.id, request.body),
  );
  api.put(
    '/recommendations/:id',
    { schema: { tags, params: IdParams, body: RecommendationUpdateRequest } },
    async (request) =>
      service.respondToRecommendation(deps, authorize(request, 'plan:edit'), request.params.id, request.body),
  );
  api.get('/plans/:id/versions/:number', { schema: { tags, params: VersionParams } }, async (request) =>
    service.getVersion(deps, authorize(request, 'plan:read'), request.params.id, request.params.number),
  );
  api.get(
    '/plans/:id/compare',
    {
      schema: { tags, params: IdParams, querystring: CompareQuery, summary: 'Compare two versions (0 = the plan now)' },
    },
    async (request) =>
      service.compareVersions(
        deps,
        authorize(request, 'plan:read'),
        request.params.id,
        request.query.from,
        request.query.to,
      ),
  );
}
