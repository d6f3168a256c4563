import { DeadlineAnchorRequest, FindingRequest, InspectionRequest } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize } from '../../platform/request-auth.ts';
import * as service from './inspections.service.ts';

const IdParams = z.object({ id: z.uuid() });

/** Inspections, judgements and findings. */
export async function inspectionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['inspections'];

  api.get(
    '/inspections',
    { schema: { tags, summary: 'Inspections of your authority, newest first' } },
    async (request) => service.listInspections(deps, authorize(request, 'plan:read')),
  );
  api.post(
    '/inspections',
    { schema: { tags, body: InspectionRequest, summary: 'Record an inspection' } },
    async (request, reply) =>
      reply.status(201).send(await service.createInspection(deps, authorize(request, 'inspection:edit'), request.body)),
  );
  api.get('/inspections/:id', { schema: { tags, params: IdParams } }, async (request) =>
    service.getInspection(deps, authorize(request, 'plan:read'), request.params.id),
  );
  api.put('/inspections/:id', { schema: { tags, params: IdParams, body: InspectionRequest } }, async (request) =>
    service.updateInspection(deps, authorize(request, 'inspection:edit'), request.params.id, request.body),
  );
  api.put(
    '/inspections/:id/deadline-anchor',
    { schema: { tags, params: IdParams, body: DeadlineAnchorRequest, summary: 'Count deadlines from another date' } },
    async (request) =>
      service.setDeadlineAnchor(
        deps,
        authorize(request, 'inspection:edit'),
        request.params.id,
        request.body.anchor,
        request.body.reason,
      ),
  );
  api.post(
    '/inspections/:id/findings',
    { schema: { tags, params: IdParams, body: FindingRequest } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addFinding(deps, authorize(request, 'inspection:edit'), request.params.id, request.body)),
  );
  api.put('/findings/:id', { schema: { tags, params: IdParams, body: FindingRequest } }, async (request) =>
    service.updateFinding(deps, authorize(request, 'inspection:edit'), request.params.id, request.body),
  );
  api.delete('/findings/:id', { schema: { tags, params: IdParams } }, async (request) =>
    service.deleteFinding(deps, authorize(request, 'inspection:edit'), request.params.id),
  );
}
