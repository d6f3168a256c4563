import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { ValidationError } from '../../platform/errors.ts';
import { authorize, sendDownload } from '../../platform/request-auth.ts';
import { toCsv, toXlsx } from '../../platform/spreadsheet.ts';
import { recordAuditNow } from '../audit/audit.service.ts';
import type { ImportFile } from './dataset.ts';
import { importReportSheets } from './import-reports.ts';
import * as repo from './imports.repository.ts';
import * as service from './imports.service.ts';

const IdParams = z.object({ id: z.uuid() });
const DatasetParams = z.object({ dataset: z.enum(['ssda903', 'cin']) });
const ROLES: ReadonlyArray<ImportFile['role']> = ['current', 'previous', 'providers', 'postcodes', 'authorities'];

/** Reads an upload: the collection year and the files in their slots (this year, last year, provider lists, postcodes). */
async function readUpload(request: FastifyRequest): Promise<{ year: number; files: ImportFile[] }> {
  if (!request.isMultipart())
    throw new ValidationError('Send the files as a multipart form', [
      { field: 'current', message: 'Choose the files to upload' },
    ]);
  let year = Number.NaN;
  const files: ImportFile[] = [];
  for await (const part of request.parts({
    limits: { fileSize: service.UPLOAD_LIMITS.maxFileBytes, files: service.UPLOAD_LIMITS.maxFiles, fields: 10 },
  })) {
    if (part.type === 'field') {
      if (part.fieldname === 'year') year = Number(part.value);
      continue;
    }
    const role = part.fieldname as ImportFile['role'];
    if (!ROLES.includes(role))
      throw new ValidationError(`Unexpected file field “${part.fieldname}”`, [
        { field: 'current', message: `Unexpected file field “${part.fieldname}”` },
      ]);
    const bytes = await part.toBuffer().catch(() => null);
    if (bytes === null || part.file.truncated) {
      throw new ValidationError(
        `${part.filename}: the file is larger than ${service.UPLOAD_LIMITS.maxFileBytes / 1_048_576} MB`,
        [
          {
            field: role,
            message: `${part.filename} is larger than ${service.UPLOAD_LIMITS.maxFileBytes / 1_048_576} MB, the most Waypoint accepts. Check you chose the right file.`,
          },
        ],
      );
    }
    if (part.filename === '' && bytes.length === 0) continue; // an empty file input
    if (bytes.length === 0)
      throw new ValidationError(`${part.filename}: the file is empty`, [
        { field: role, message: `${part.filename} is empty` },
      ]);
    files.push({ role, name: part.filename, bytes: new Uint8Array(bytes) });
  }
  if (!Number.isInteger(year))
    throw new ValidationError('Choose the collection year', [{ field: 'year', message: 'Choose the collection year' }]);
  return { year, files };
}

/** Statutory return imports: upload, progress, validation report, store, cancel, history and downloads. */
export async function importRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];

  api.post(
    '/imports/:dataset',
    {
      schema: {
        tags,
        params: DatasetParams,
        summary:
          'Upload a return for validation (multipart: year, current, previous, providers, postcodes, authorities)',
      },
    },
    async (request, reply) => {
      const user = authorize(request, 'data:import');
      const upload = await readUpload(request);
      const { id } = await service.startImport(deps, user, {
        dataset: request.params.dataset,
        year: upload.year,
        files: upload.files,
      });
      return reply.status(202).send({ id });
    },
  );
  api.get(
    '/imports',
    { schema: { tags, querystring: DatasetParams, summary: 'Import history and the years stored' } },
    async (request) => service.listImports(deps, authorize(request, 'child:read'), request.query.dataset),
  );
  api.get(
    '/imports/:id',
    { schema: { tags, params: IdParams, summary: 'Status, progress and the report by rule' } },
    async (request) => service.getImport(deps, authorize(request, 'child:read'), request.params.id),
  );
  api.get(
    '/imports/:id/issues',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({
          rule: z.string().max(20).optional(),
          child: z.string().max(40).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
        }),
        summary: 'Issues by child (child-level data; viewing is audited)',
      },
    },
    async (request) => service.listIssues(deps, authorize(request, 'child:read'), request.params.id, request.query),
  );
  api.post(
    '/imports/:id/store',
    { schema: { tags, params: IdParams, summary: 'Store a validated return (replaces the year)' } },
    async (request) => service.storeImport(deps, authorize(request, 'data:import'), request.params.id),
  );
  api.post(
    '/imports/:id/cancel',
    { schema: { tags, params: IdParams, summary: 'Cancel an import still being validated' } },
    async (request) => service.cancelImport(deps, authorize(request, 'data:import'), request.params.id),
  );
  api.get(
    '/imports/:id/report',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx']), by: z.enum(['rule', 'child']).default('child') }),
        summary: 'Download the error report',
      },
    },
    async (request, reply) => {
      const user = authorize(request, 'child:read');
      const detail = await service.getImport(deps, user, request.params.id);
      const issues = await repo.allIssues(deps.db, request.params.id);
      const messages = new Map(detail.byRule.map((r) => [r.code, r.message]));
      const sheets = importReportSheets(detail.byRule, issues, messages);
      await recordAuditNow(deps.db, deps.clock, user, {
        action: 'child-data.download',
        entityType: 'import',
        entityId: request.params.id,
        summary: `Downloaded the ${detail.dataset === 'ssda903' ? 'SSDA903' : 'CIN'} ${detail.rulePack} error report (${request.query.format.toUpperCase()})`,
        after: { format: request.query.format, by: request.query.by, issues: issues.length },
      });
      const base = `${detail.dataset}-${detail.year}-errors`;
      if (request.query.format === 'xlsx') {
        return sendDownload(
          reply,
          `${base}.xlsx`,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          await toXlsx([sheets.byRule, sheets.byChild]),
        );
      }
      const sheet = request.query.by === 'rule' ? sheets.byRule : sheets.byChild;
      return sendDownload(
        reply,
        `${base}-by-${request.query.by}.csv`,
        'text/csv; charset=utf-8',
        toCsv(sheet.header, sheet.rows),
      );
    },
  );
}
