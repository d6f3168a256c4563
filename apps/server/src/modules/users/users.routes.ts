import { CreateUserRequest } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize } from '../../platform/request-auth.ts';
import * as service from './users.service.ts';

/** Users of the authority. */
export async function userRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/users', { schema: { tags: ['users'], summary: 'Users of your authority' } }, async (request) =>
    service.listUsers(deps, authorize(request, 'users:list')),
  );
  api.post(
    '/users',
    { schema: { tags: ['users'], body: CreateUserRequest, summary: 'Create a user (administrators)' } },
    async (request, reply) =>
      reply.status(201).send(await service.createUser(deps, authorize(request, 'users:manage'), request.body)),
  );
}
