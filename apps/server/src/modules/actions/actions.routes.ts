import {
  ActionRequest,
  ActionUpdateRequest,
  MilestoneRequest,
  ProgressUpdateRequest,
  RagOverrideRequest,
} from '@waypoint/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { ValidationError } from '../../platform/errors.ts';
import { authorize, sendDownload } from '../../platform/request-auth.ts';
import * as service from './actions.service.ts';
import { checkEvidenceFile, EVIDENCE_LIMITS, type EvidenceUpload } from './evidence-files.ts';

const IdParams = z.object({ id: z.uuid() });

/** Reads a progress update sent as JSON or as a multipart form with evidence files. */
async function readProgressUpdate(
  request: FastifyRequest,
): Promise<{ fields: Record<string, unknown>; files: EvidenceUpload[] }> {
  if (!request.isMultipart()) return { fields: (request.body ?? {}) as Record<string, unknown>, files: [] };
  const fields: Record<string, unknown> = {};
  const files: EvidenceUpload[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const content = await part.toBuffer().catch(() => Buffer.alloc(EVIDENCE_LIMITS.maxBytes + 1));
      if (part.filename === '' && content.length === 0) continue; // an empty file input
      if (files.length >= EVIDENCE_LIMITS.maxFiles) {
        throw new ValidationError(`Attach up to ${EVIDENCE_LIMITS.maxFiles} files to one update`, [
          { field: 'evidence', message: `Attach up to ${EVIDENCE_LIMITS.maxFiles} files to one update` },
        ]);
      }
      files.push(checkEvidenceFile(part.filename, content, part.file.truncated));
    } else {
      fields[part.fieldname] = part.value === '' ? undefined : part.value;
    }
  }
  return { fields, files };
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  throw new ValidationError(details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

/** Actions, milestones, progress updates, RAG overrides, evidence and "my actions". */
export async function actionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['actions'];

  api.post(
    '/areas/:id/actions',
    { schema: { tags, params: IdParams, body: ActionRequest, summary: 'Add an action to a priority area' } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createAction(deps, authorize(request, 'plan:edit'), request.params.id, request.body)),
  );
  api.get(
    '/actions/:id',
    { schema: { tags, params: IdParams, summary: 'An action with updates, evidence and history' } },
    async (request) => service.getActionDetail(deps, authorize(request, 'plan:read'), request.params.id),
  );
  api.patch('/actions/:id', { schema: { tags, params: IdParams, body: ActionUpdateRequest } }, async (request) =>
    service.updateAction(deps, authorize(request, 'action:update'), request.params.id, request.body),
  );
  api.post(
    '/actions/:id/updates',
    {
      schema: {
        tags,
        params: IdParams,
        summary: 'Post a progress update (JSON, or multipart/form-data with up to 5 evidence files of 10 MB)',
      },
      bodyLimit: 60 * 1_048_576,
    },
    async (request, reply) => {
      const user = authorize(request, 'action:update');
      const { fields, files } = await readProgressUpdate(request);
      const input = parseWith(ProgressUpdateRequest, fields);
      return reply.status(201).send(await service.postProgressUpdate(deps, user, request.params.id, input, files));
    },
  );
  api.put(
    '/actions/:id/rag-override',
    { schema: { tags, params: IdParams, body: RagOverrideRequest } },
    async (request) =>
      service.setRagOverride(deps, authorize(request, 'action:rag-override'), request.params.id, request.body),
  );
  api.delete('/actions/:id/rag-override', { schema: { tags, params: IdParams } }, async (request) =>
    service.setRagOverride(deps, authorize(request, 'action:rag-override'), request.params.id, null),
  );
  api.post(
    '/actions/:id/milestones',
    { schema: { tags, params: IdParams, body: MilestoneRequest } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.saveMilestone(
            deps,
            authorize(request, 'plan:edit'),
            { actionId: request.params.id },
            request.body,
          ),
        ),
  );
  api.put('/milestones/:id', { schema: { tags, params: IdParams, body: MilestoneRequest } }, async (request) =>
    service.saveMilestone(deps, authorize(request, 'plan:edit'), { milestoneId: request.params.id }, request.body),
  );
  api.delete('/milestones/:id', { schema: { tags, params: IdParams } }, async (request) =>
    service.saveMilestone(
      deps,
      authorize(request, 'plan:edit'),
      { milestoneId: request.params.id, remove: true },
      null,
    ),
  );
  api.get(
    '/evidence/:id',
    { schema: { tags, params: IdParams, summary: 'Download an evidence file' } },
    async (request, reply) => {
      const file = await service.downloadEvidence(deps, authorize(request, 'plan:read'), request.params.id);
      return sendDownload(reply, file.fileName, file.contentType, file.content);
    },
  );
  api.get('/my-actions', { schema: { tags, summary: 'Actions you own' } }, async (request) =>
    service.myActions(deps, authorize(request, 'plan:read')),
  );
}
