import { dateField, optionalDateField } from '@waypoint/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { authorize, sendDownload } from '../../platform/request-auth.ts';
import { toCsv, toXlsx } from '../../platform/spreadsheet.ts';
import type { AgeBand } from './measures.service.ts';
import * as service from './measures.service.ts';
import { scorecardRows, scorecardSheet } from './scorecard-export.ts';

const MeasureParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(60),
});
const IdParams = z.object({ id: z.uuid() });
const team = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,60}$/, 'Choose a team from the list')
  .optional();
const ageBand = z.enum(service.AGE_BANDS.map((b) => b.id) as [AgeBand, ...AgeBand[]]).optional();
const AsOf = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD')
    .optional(),
});
/** The as-of date with the team and age-band filter (the children in them on that date). */
const Figures = AsOf.extend({ team, ageBand });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month like 2026-06');
const number = (label: string) => z.number({ error: `Enter ${label} as a number` }).finite();

const TargetRequest = z
  .object({
    baselineValue: number('the baseline').nullable().default(null),
    baselineDate: optionalDateField('the baseline date'),
    finalValue: number('the target'),
    finalDate: dateField('the target date'),
    tolerance: number('the tolerance').min(0).max(1).nullable().default(null),
    trajectory: z
      .array(z.object({ date: dateField('the trajectory date'), value: number('the trajectory value') }))
      .max(60)
      .default([]),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((t) => t.trajectory.every((p) => p.date <= t.finalDate), {
    path: ['trajectory'],
    message: 'Trajectory points must be on or before the target date',
  });

const ManualValueRequest = z.object({
  month,
  value: number('the value'),
  numerator: number('the numerator').min(0).nullable().default(null),
  denominator: number('the denominator').min(0).nullable().default(null),
  note: z.string().trim().max(2000).default(''),
});

/** Measures: scorecard, measure detail, drill-down to children, targets, manual values, SPC baselines, links. */
export async function measureRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['measures'];

  api.get(
    '/measures',
    {
      schema: {
        tags,
        querystring: Figures,
        summary:
          'Scorecard: every measure with value, target, RAG, SPC and benchmarks (optionally for a team or age band)',
      },
    },
    async (request, reply) => {
      const { asOf, ...filter } = request.query;
      return reply
        .type('application/json; charset=utf-8')
        .send(await service.scorecardJson(deps, authorize(request, 'plan:read'), asOf, filter));
    },
  );
  api.get(
    '/measures/export',
    {
      schema: {
        tags,
        querystring: Figures.extend({ format: z.enum(['csv', 'xlsx']) }),
        summary: 'The scorecard as a spreadsheet (CSV or Excel), one row per measure',
      },
    },
    async (request, reply) => {
      const user = authorize(request, 'plan:read');
      const { asOf, format: _format, ...filter } = request.query;
      const card = await service.scorecard(deps, user, asOf, filter);
      const sheet = scorecardSheet(scorecardRows(card), card.asOf);
      const name = `scorecard-${card.asOf}`;
      return request.query.format === 'xlsx'
        ? sendDownload(
            reply,
            `${name}.xlsx`,
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            await toXlsx([sheet]),
          )
        : sendDownload(reply, `${name}.csv`, 'text/csv; charset=utf-8', toCsv(sheet.header, sheet.rows));
    },
  );
  api.get(
    '/measures/:id',
    { schema: { tags, params: MeasureParams, querystring: Figures, summary: 'One measure in full' } },
    async (request) => {
      const { asOf, ...filter } = request.query;
      return service.measureDetail(deps, authorize(request, 'plan:read'), request.params.id, asOf, filter);
    },
  );
  api.get(
    '/measures/:id/children',
    {
      schema: {
        tags,
        params: MeasureParams,
        querystring: z.object({
          month,
          team,
          ageBand,
        }),
        summary: 'The children behind a figure, by team and age band (child-level; audited)',
      },
    },
    async (request) => {
      const { month: chosen, team, ageBand } = request.query;
      return service.drillDown(deps, authorize(request, 'child:read'), request.params.id, chosen, { team, ageBand });
    },
  );
  api.get(
    '/practice-standards',
    { schema: { tags, summary: 'The local practice standards measures are judged by, with their defaults' } },
    async (request) => service.practiceStandards(deps, authorize(request, 'plan:read')),
  );
  api.put(
    '/practice-standards',
    {
      schema: {
        tags,
        body: z.record(z.string().max(60), z.number({ error: 'Enter the standard as a number' }).finite().nullable()),
        summary: 'Set the local practice standards (null: use the default)',
      },
    },
    async (request) => service.setPracticeStandards(deps, authorize(request, 'standards:edit'), request.body),
  );
  api.put(
    '/measures/:id/target',
    { schema: { tags, params: MeasureParams, body: TargetRequest, summary: 'Set the target and trajectory' } },
    async (request) => service.setTarget(deps, authorize(request, 'measure:edit'), request.params.id, request.body),
  );
  api.post(
    '/measures/:id/manual-values',
    { schema: { tags, params: MeasureParams, body: ManualValueRequest, summary: 'Enter a monthly value by hand' } },
    async (request) =>
      service.addManualValue(deps, authorize(request, 'measure:edit'), request.params.id, request.body),
  );
  api.put(
    '/measures/:id/baseline',
    {
      schema: {
        tags,
        params: MeasureParams,
        body: z.object({
          fromMonth: month,
          reason: z.string().trim().min(1, 'Enter the reason for the new baseline').max(2000),
        }),
        summary: 'Recalculate SPC limits from a month',
      },
    },
    async (request) => service.setBaseline(deps, authorize(request, 'measure:edit'), request.params.id, request.body),
  );
  api.delete('/measures/:id/baseline', { schema: { tags, params: MeasureParams } }, async (request) =>
    service.setBaseline(deps, authorize(request, 'measure:edit'), request.params.id, null),
  );
  api.put(
    '/areas/:id/measures',
    {
      schema: {
        tags,
        params: IdParams,
        body: z.object({ measureIds: z.array(z.string().max(60)).max(30) }),
        summary: 'Measures shown with a priority area',
      },
    },
    async (request) =>
      service.setAreaMeasures(deps, authorize(request, 'plan:edit'), request.params.id, request.body.measureIds),
  );
  api.get(
    '/actions/:id/measures',
    { schema: { tags, params: IdParams, summary: 'An action’s success measures with their trend' } },
    async (request) => service.actionMeasureViews(deps, authorize(request, 'plan:read'), request.params.id),
  );
  api.put(
    '/actions/:id/measures',
    {
      schema: {
        tags,
        params: IdParams,
        body: z.object({
          links: z
            .array(
              z.object({
                measureId: z.string().max(60),
                baselineValue: number('the baseline').nullable().default(null),
                baselineDate: optionalDateField('the baseline date'),
                targetValue: number('the target').nullable().default(null),
                targetDate: optionalDateField('the target date'),
              }),
            )
            .max(10),
        }),
        summary: 'Set an action’s success measures',
      },
    },
    async (request) =>
      service.setActionMeasures(deps, authorize(request, 'plan:edit'), request.params.id, request.body.links),
  );
}
