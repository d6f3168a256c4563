import { AuditQuery } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize } from '../../platform/request-auth.ts';
import { searchEvents } from './audit.repository.ts';

const PAGE_SIZE = 50;

/** `GET /api/audit`: administrators browse and filter their authority's audit log. */
export async function auditRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/audit',
      { schema: { tags: ['audit'], querystring: AuditQuery, summary: 'Audit log of your authority (administrators)' } },
      async (request) => {
        const user = authorize(request, 'audit:read');
        const q = request.query;
        const { rows, total } = await searchEvents(deps.db, {
          authorityId: user.authorityId,
          action: q.action,
          entityType: q.entityType,
          entityId: q.entityId,
          actor: q.actor,
          from: q.from,
          to: q.to,
          limit: PAGE_SIZE,
          offset: (q.page - 1) * PAGE_SIZE,
        });
        return {
          page: q.page,
          pageSize: PAGE_SIZE,
          total,
          events: rows.map((r) => ({
            id: r.id,
            seq: r.seq,
            at: r.occurred_at,
            actor: r.actor_email,
            role: r.actor_role,
            action: r.action,
            entityType: r.entity_type,
            entityId: r.entity_id,
            summary: r.summary,
            before: r.before,
            after: r.after,
            requestId: r.request_id,
            ip: r.ip,
            hash: r.hash,
          })),
        };
      },
    );
}
