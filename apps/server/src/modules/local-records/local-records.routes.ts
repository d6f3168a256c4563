import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { ValidationError } from '../../platform/errors.ts';
import { authorize, sendDownload } from '../../platform/request-auth.ts';
import * as service from './local-records.service.ts';

const TypeParams = z.object({ type: z.string().regex(/^[A-Za-z]{1,40}$/, 'Choose a local record type') });

/** Reads the one CSV file of a local records upload (multipart field `file`). */
async function readFile(request: FastifyRequest): Promise<service.LocalRecordsFile> {
  const choose = (message: string) => new ValidationError(message, [{ field: 'file', message }]);
  if (!request.isMultipart()) throw choose('Choose the CSV file to upload');
  let file: service.LocalRecordsFile | null = null;
  for await (const part of request.parts({ limits: { fileSize: service.LOCAL_RECORDS_MAX_BYTES, files: 1 } })) {
    if (part.type === 'field') continue;
    if (part.fieldname !== 'file') throw choose(`Unexpected file field “${part.fieldname}”`);
    const bytes = await part.toBuffer().catch(() => null);
    if (bytes === null || part.file.truncated)
      throw choose(
        `${part.filename} is larger than ${service.LOCAL_RECORDS_MAX_BYTES / 1_048_576} MB. Check you chose the right file.`,
      );
    if (part.filename === '' && bytes.length === 0) continue;
    file = { name: part.filename, bytes: new Uint8Array(bytes) };
  }
  if (!file) throw choose('Choose the CSV file to upload');
  return file;
}

/** Local records: the council's own logs (supervision, audits, workforce …) uploaded as CSV, one type at a time. */
export async function localRecordRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['local records'];

  api.get(
    '/local-records',
    { schema: { tags, summary: 'Every local record type: its CSV layout, records held and when last replaced' } },
    async (request) => service.listLocalRecordSets(deps, authorize(request, 'plan:read')),
  );
  api.get(
    '/local-records/:type/template',
    { schema: { tags, params: TypeParams, summary: 'The CSV header row of a record type, to fill in' } },
    async (request, reply) => {
      authorize(request, 'plan:read');
      const { fileName, csv } = service.templateCsv(request.params.type);
      return sendDownload(reply, fileName, 'text/csv; charset=utf-8', csv);
    },
  );
  api.get(
    '/local-records/:type/download',
    { schema: { tags, params: TypeParams, summary: 'The records held of a type, as CSV (audited)' } },
    async (request, reply) => {
      const { fileName, csv } = await service.downloadCsv(deps, authorize(request, 'child:read'), request.params.type);
      return sendDownload(reply, fileName, 'text/csv; charset=utf-8', csv);
    },
  );
  api.post(
    '/local-records/:type',
    {
      schema: {
        tags,
        params: TypeParams,
        summary: 'Replace the records of a type with a CSV file (multipart field `file`); all rows or none',
      },
    },
    async (request) => {
      const user = authorize(request, 'data:import');
      const type = service.layoutOf(request.params.type).type;
      return service.replaceFromCsv(deps, user, type, await readFile(request));
    },
  );
}
