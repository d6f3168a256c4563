import { COMMITTEES } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize, sendDownload } from '../../platform/request-auth.ts';
import * as service from './reports.service.ts';

const IdParams = z.object({ id: z.uuid() });
const ReportRequest = z
  .object({
    kind: z.enum(['scrutiny', 'statement', 'exceptions', 'public'], { error: 'Choose the type of report' }),
    meetingCommittee: z.enum(COMMITTEES).nullable().optional(),
    meetingDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the meeting date')
      .nullable()
      .optional(),
  })
  .refine((r) => !r.meetingCommittee || !!r.meetingDate, { path: ['meetingDate'], message: 'Enter the meeting date' });

/** Reports: generate (freezing the inputs), list, preview and download as HTML, PDF or DOCX. */
export async function reportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  api.get('/reports/capabilities', { schema: { tags, summary: 'Formats available on this host' } }, async (request) => {
    authorize(request, 'report:read');
    return service.reportCapabilities(deps);
  });
  api.post(
    '/reports',
    { schema: { tags, body: ReportRequest, summary: 'Generate a report (freezes its inputs)' } },
    async (request, reply) =>
      reply.status(201).send(await service.generateReport(deps, authorize(request, 'report:generate'), request.body)),
  );
  api.get('/reports', { schema: { tags, summary: 'Reports generated so far' } }, async (request) =>
    service.listReports(deps, authorize(request, 'report:read')),
  );
  api.get('/reports/:id', { schema: { tags, params: IdParams, summary: 'A report’s frozen model' } }, async (request) =>
    service.getReportModel(deps, authorize(request, 'report:read'), request.params.id),
  );
  api.get(
    '/reports/:id/download',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({ format: z.enum(['html', 'pdf', 'docx']) }),
        summary: 'Download a report',
      },
    },
    async (request, reply) => {
      const file = await service.renderReport(
        deps,
        authorize(request, 'report:read'),
        request.params.id,
        request.query.format,
      );
      if (request.query.format === 'html') {
        // The preview is shown inside Waypoint; its inline styles need a relaxed style policy but no scripts.
        return reply
          .header('Content-Type', file.contentType)
          .header(
            'Content-Security-Policy',
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'",
          )
          .send(file.body);
      }
      return sendDownload(reply, file.fileName, file.contentType, file.body);
    },
  );
}
